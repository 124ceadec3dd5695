package id.antreanonline.pasien.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
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

/**
 * Look-ups for our other services, one operation per need, each answering what that need takes and nothing more: the
 * NIK, card number, name and phone stay here. Each answers only the service whose need it is (service credential).
 */
@Tag(name = "Internal", description = "Look-ups for antrean-service (bookings) and farmasi-task-service (boards)")
@Cancellable(false)
@Path("/internal/pasien")
@Produces(MediaType.APPLICATION_JSON)
public class InternalPatientResource {

    /** What a booking needs: the norm, and whether admission still has to complete the record (then task 1 first). */
    public record MedicalRecord(String norm, boolean complete) {

        static MedicalRecord of(Patient p) {
            return new MedicalRecord(p.norm, p.complete);
        }
    }

    /** What a waiting-room board shows beside the number. */
    public record Initials(String norm, String inisial) {

        static Initials of(Patient p) {
            return new Initials(p.norm, p.initials());
        }
    }

    private final PatientService patients;

    InternalPatientResource(PatientService patients) {
        this.patients = patients;
    }

    /** By norm if given, else by card number, else by NIK; read from the database, so current right after pasienbaru. */
    @GET
    @RolesAllowed(Callers.ANTREAN_SERVICE)
    @Operation(summary = "For antrean-service's bookings: {norm, complete} by norm, nomorkartu or nik")
    public Uni<MedicalRecord> find(@RestQuery String norm, @RestQuery String nomorkartu, @RestQuery String nik) {
        String n = blankToNull(norm);
        String k = blankToNull(nomorkartu);
        String i = blankToNull(nik);
        if (n == null && k == null && i == null) {
            throw new RequestRefusedException(400, "Isi salah satu: norm, nomorkartu, atau nik");
        }
        return patients.find(n, k, i).map(p -> MedicalRecord.of(found(p)));
    }

    @GET
    @Path("/inisial")
    @RolesAllowed(Callers.FARMASI_TASK_SERVICE)
    @Operation(summary = "For farmasi-task-service's boards: {norm, inisial} by norm, never the name")
    public Uni<Initials> initials(@RestQuery String norm) {
        String n = blankToNull(norm);
        if (n == null) {
            throw new RequestRefusedException(400, "Isi norm");
        }
        return patients.find(n, null, null).map(p -> Initials.of(found(p)));
    }

    private static Patient found(Patient p) {
        if (p == null) {
            throw new RequestRefusedException(404, "Pasien tidak ditemukan");
        }
        return p;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
