package id.antreanonline.pasien.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.edge.WsrsJson;
import id.antreanonline.pasien.Patient;
import id.antreanonline.pasien.PatientData;
import id.antreanonline.pasien.client.CardCheck;
import id.antreanonline.pasien.service.PatientRules;
import id.antreanonline.pasien.service.PatientService;
import id.antreanonline.pasien.service.RequestRefusedException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The admission desk's screens: find a patient, list the new ones, complete a record. */
@Tag(name = "Admisi", description = "Admission desk: bearer JWT with role admisi or admin")
@Cancellable(false)
@Path("/api/pasien")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admisi", "admin"})
public class PatientResource {

    private final PatientService patients;
    private final WsrsJson json;
    private final CardCheck cards;

    PatientResource(PatientService patients, WsrsJson json, CardCheck cards) {
        this.patients = patients;
        this.json = json;
        this.cards = cards;
    }

    /** By norm, card number or NIK (exact), or by a fragment of the name (at least 2 letters). */
    @GET
    public Uni<List<PatientView>> search(@RestQuery String norm, @RestQuery String nomorkartu, @RestQuery String nik,
            @RestQuery String nama) {
        return patients.search(InternalPatientResource.blankToNull(norm),
                InternalPatientResource.blankToNull(nomorkartu), InternalPatientResource.blankToNull(nik),
                InternalPatientResource.blankToNull(nama)).map(PatientView::of);
    }

    /** Patients registered through Mobile JKN whose record admission has not completed yet, oldest first. */
    @GET
    @Path("/baru")
    public Uni<List<PatientView>> waitingForAdmission() {
        return patients.waitingForAdmission().map(PatientView::of);
    }

    @GET
    @Path("/{norm}")
    public Uni<PatientView> get(@RestPath String norm) {
        return patients.find(norm, null, null).map(p -> {
            if (p == null) {
                throw new RequestRefusedException(404, "Pasien dengan norm tersebut tidak ditemukan");
            }
            return PatientView.of(p);
        });
    }

    /**
     * The patient's JKN card as VClaim sees it today (through the gateway), so the clerk sees an inactive card;
     * {@code checked} is false when the check is switched off ({@code pasien.vclaim.enabled}) or BPJS is unreachable.
     */
    @GET
    @Path("/{norm}/kartu")
    public Uni<CardCheck.CardStatus> card(@RestPath String norm) {
        return patients.find(norm, null, null).chain(p -> {
            if (p == null) {
                throw new RequestRefusedException(404, "Pasien dengan norm tersebut tidak ditemukan");
            }
            return cards.check(p.nomorkartu);
        });
    }

    /**
     * Completes or corrects the record (any of pasienbaru's fields; those left out keep their value) and marks it
     * complete: the patient is no longer new.
     */
    @PUT
    @Path("/{norm}")
    @Consumes(MediaType.WILDCARD)
    public Uni<PatientView> complete(@RestPath String norm, String body) {
        return patients.complete(norm, json.read(body, PatientData.class, PatientRules::badFormat)).map(PatientView::of);
    }

    /** A patient as the admission screens show it (BPJS's field names, times in epoch ms). */
    public record PatientView(String norm, String nomorkartu, String nik, String nomorkk, String nama,
            String jeniskelamin, String tanggallahir, String nohp, String alamat, String kodeprop, String namaprop,
            String kodedati2, String namadati2, String kodekec, String namakec, String kodekel, String namakel,
            String rw, String rt, boolean complete, Long createdAt, Long completedAt) {

        static PatientView of(Patient p) {
            return new PatientView(p.norm, p.nomorkartu, p.nik, p.nomorkk, p.nama, p.jeniskelamin,
                    p.tanggallahir == null ? null : p.tanggallahir.toString(), p.nohp, p.alamat, p.kodeprop,
                    p.namaprop, p.kodedati2, p.namadati2, p.kodekec, p.namakec, p.kodekel, p.namakel, p.rw, p.rt,
                    p.complete, p.createdAt == null ? null : p.createdAt.toEpochMilli(),
                    p.completedAt == null ? null : p.completedAt.toEpochMilli());
        }

        static List<PatientView> of(List<Patient> list) {
            return list.stream().map(PatientView::of).toList();
        }
    }
}
