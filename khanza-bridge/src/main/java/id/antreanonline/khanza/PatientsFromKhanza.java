package id.antreanonline.khanza;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.Wib;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Khanza's patients into pasien-service, in the order Khanza changed them: the initial snapshot is the import of the
 * patient master, every later insert or update is one {@code PUT /api/pasien/sinkron/{norm}} (an upsert: the same
 * change twice changes nothing). So a patient registered at Khanza's counter books through Mobile JKN as a returning
 * patient within seconds. The rows the bridge wrote itself (a patient Mobile JKN registered here) are not sent back.
 * A row pasien-service refuses (a NIK that is not one, a NIK or card held by another record) is left with a warning
 * naming the record number; the hospital corrects it in Khanza and the correction comes through like any change.
 */
@ApplicationScoped
public class PatientsFromKhanza {

    private static final Logger LOG = Logger.getLogger(PatientsFromKhanza.class);

    private final Services services;
    private final ObjectMapper json;
    private final KhanzaConfig config;

    PatientsFromKhanza(Services services, ObjectMapper json, KhanzaConfig config) {
        this.services = services;
        this.json = json;
        this.config = config;
    }

    @Incoming("khanza-patients")
    @Blocking(ordered = true)
    public void apply(String record) throws InterruptedException {
        ChangeEvent change = ChangeEvent.parse(json, record);
        if (change == null || change.op() == ChangeEvent.Op.DELETE || change.byTheBridge()) {
            return;
        }
        JsonNode row = change.row();
        String norm = ChangeEvent.text(row, "no_rkm_medis");
        if (norm == null) {
            return;
        }
        String what = "Khanza patient " + norm;
        Persistently.apply(LOG, what, config.notYetPatience(), () -> sync(norm, row, what));
    }

    private String sync(String norm, JsonNode row, String what) throws Persistently.Away, Persistently.Unwritable {
        Services.Answer answer = services.pasien("PUT", "/api/pasien/sinkron/" + Services.segment(norm),
                body(column -> ChangeEvent.text(row, column), ChangeEvent.date(row, "tgl_lahir")));
        if (answer.ok()) {
            String outcome = answer.body().path("outcome").asText();
            return "unchanged".equals(outcome) ? null : what + ": " + outcome + " in pasien-service";
        }
        if (answer.status() == 400 || answer.status() == 409 || answer.status() == 422) {
            throw new Persistently.Unwritable("pasien-service refused it: " + answer.message());
        }
        throw new Persistently.Away("pasien-service answered " + answer.status() + " " + answer.message());
    }

    /** The fields of a single-patient sync, from the columns of Khanza's {@code pasien} (however they were read). */
    static Map<String, Object> body(Function<String, String> column, LocalDate born) {
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("nik", column.apply("no_ktp"));
        patient.put("nomorkartu", digitsOrNull(column.apply("no_peserta"), 13, 13));
        patient.put("nama", column.apply("nm_pasien"));
        patient.put("jeniskelamin", column.apply("jk"));
        patient.put("tanggallahir", born == null ? null : Wib.DATE.format(born));
        patient.put("nohp", digitsOrNull(column.apply("no_tlp"), 8, 15));
        patient.put("alamat", column.apply("alamat"));
        return patient;
    }

    /**
     * Khanza's free-text card and phone columns as numbers, or nothing: "0812-3456 789" is a phone, "BELUM ADA" is
     * none. An optional field Khanza holds badly is left out rather than refusing the whole patient.
     */
    static String digitsOrNull(String text, int min, int max) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[\\s.()+-]", "");
        return digits.matches("\\d{" + min + "," + max + "}") ? digits : null;
    }
}
