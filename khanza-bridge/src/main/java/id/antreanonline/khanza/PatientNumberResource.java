package id.antreanonline.khanza;

import java.sql.SQLException;
import java.util.Map;

import org.jboss.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * pasien-service's SIMRS numbering call ({@code pasien.norm.mode=simrs}, {@code pasien.norm.simrs.url} pointing here):
 * a new patient's record number from Khanza. Caller: pasien-service only, by its service credential for this bridge
 * ({@code pasien.norm.simrs.audience=khanza-bridge}); its network policy admits no one else either.
 */
@RolesAllowed("pasien-service")
@Path("/api/khanza/norm")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PatientNumberResource {

    private static final Logger LOG = Logger.getLogger(PatientNumberResource.class);

    private final KhanzaPatients patients;

    PatientNumberResource(KhanzaPatients patients) {
        this.patients = patients;
    }

    @POST
    public Response number(KhanzaPatients.NewPatient patient) {
        String missing = missing(patient);
        if (missing != null) {
            return Response.status(400).entity(Map.of("message", missing + " wajib diisi")).build();
        }
        try {
            KhanzaPatients.Numbered numbered = patients.number(patient);
            // the number only: no name, NIK or card in the log
            LOG.infof("Khanza record number %s %s", numbered.norm(), numbered.created() ? "given" : "found again");
            return Response.status(numbered.created() ? 201 : 200).entity(Map.of("norm", numbered.norm())).build();
        } catch (SQLException e) {
            LOG.warnf("Khanza's database did not give a record number: %s", e.getClass().getSimpleName());
            return Response.status(503).header("Retry-After", "5")
                    .entity(Map.of("message", "Database SIMRS Khanza tidak dapat dihubungi, coba lagi")).build();
        } catch (java.time.format.DateTimeParseException e) {
            return Response.status(400).entity(Map.of("message", "tanggallahir harus yyyy-mm-dd")).build();
        }
    }

    private static String missing(KhanzaPatients.NewPatient p) {
        if (p == null) {
            return "Data pasien";
        }
        if (blank(p.nik())) {
            return "nik";
        }
        if (blank(p.nama())) {
            return "nama";
        }
        if (blank(p.jeniskelamin()) || !p.jeniskelamin().matches("[LP]")) {
            return "jeniskelamin (L atau P)";
        }
        return blank(p.tanggallahir()) ? "tanggallahir" : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
