package id.antreanonline.pasien.rest;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.pasien.Patient;
import id.antreanonline.pasien.service.PatientService;
import id.antreanonline.pasien.service.RequestRefusedException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** For antrean-service and farmasi-task-service, each with its service credential. */
@Tag(name = "Internal", description = "Look-up for antrean-service and farmasi-task-service (service credential)")
@RolesAllowed({ Callers.ANTREAN_SERVICE, Callers.FARMASI_TASK_SERVICE })
@Cancellable(false)
@Path("/internal/pasien")
@Produces(MediaType.APPLICATION_JSON)
public class InternalPatientResource {

    public record PatientSummary(String norm, String nomorkartu, String nik, String nama, String nohp,
            boolean complete) {

        static PatientSummary of(Patient p) {
            return new PatientSummary(p.norm, p.nomorkartu, p.nik, p.nama, p.nohp, p.complete);
        }
    }

    private final PatientService patients;

    InternalPatientResource(PatientService patients) {
        this.patients = patients;
    }

    /** By norm if given, else by card number, else by NIK; read from the database, so current right after pasienbaru. */
    @GET
    public Uni<PatientSummary> find(@RestQuery String norm, @RestQuery String nomorkartu, @RestQuery String nik) {
        String n = blankToNull(norm);
        String k = blankToNull(nomorkartu);
        String i = blankToNull(nik);
        if (n == null && k == null && i == null) {
            throw new RequestRefusedException(400, "Isi salah satu: norm, nomorkartu, atau nik");
        }
        return patients.find(n, k, i).map(p -> {
            if (p == null) {
                throw new RequestRefusedException(404, "Pasien tidak ditemukan");
            }
            return PatientSummary.of(p);
        });
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
