package id.antreanonline.khanza;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Khanza's poli and doctor mappings ({@code maping_poli_bpjs}, {@code maping_dokter_dpjpvclaim}) kept as the code
 * mapping here ({@code /api/simrs-codes}, scope simrs-codes), snapshot included: the operator console and every SIMRS
 * path see Khanza's codes beside BPJS's. Khanza's tables stay the truth: a mapping changed or removed there is
 * changed or removed here. (The bridge itself books with the BPJS codes it reads from those tables.)
 */
@ApplicationScoped
public class MappingsFromKhanza {

    private static final Logger LOG = Logger.getLogger(MappingsFromKhanza.class);

    private final Services services;
    private final ObjectMapper json;
    private final KhanzaConfig config;

    MappingsFromKhanza(Services services, ObjectMapper json, KhanzaConfig config) {
        this.services = services;
        this.json = json;
        this.config = config;
    }

    @Incoming("khanza-mappings")
    @Blocking(ordered = true)
    public void apply(ConsumerRecord<String, String> record) throws InterruptedException {
        ChangeEvent change = ChangeEvent.parse(json, record.value());
        if (change == null) {
            return;
        }
        boolean poli = record.topic().endsWith(".maping_poli_bpjs");
        String kind = poli ? "poli" : "dokter";
        JsonNode row = change.row();
        String kodeSimrs = ChangeEvent.text(row, poli ? "kd_poli_rs" : "kd_dokter");
        String kodeBpjs = ChangeEvent.text(row, poli ? "kd_poli_bpjs" : "kd_dokter_bpjs");
        String nama = ChangeEvent.text(row, poli ? "nm_poli_bpjs" : "nm_dokter_bpjs");
        if (kodeSimrs == null) {
            return;
        }
        String path = "/api/simrs-codes/" + kind + "/" + Services.segment(kodeSimrs);
        String what = "Khanza mapping of " + kind + " " + kodeSimrs;
        boolean gone = change.op() == ChangeEvent.Op.DELETE || kodeBpjs == null;
        Persistently.apply(LOG, what, config.notYetPatience(), () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kode_bpjs", kodeBpjs);
            body.put("nama", nama);
            Services.Answer answer = gone ? services.antrean("DELETE", path, null)
                    : services.antrean("PUT", path, body);
            if (gone && answer.status() == 404) {
                return null;
            }
            if (!answer.ok()) {
                throw new Persistently.Unwritable("antrean-service refused it: " + answer.message());
            }
            return answer.status() == 201 || gone ? what + (gone ? ": removed" : ": mapped to " + kodeBpjs) : null;
        });
    }
}
