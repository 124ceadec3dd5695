package id.antreanonline.khanza;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What Khanza's screens do to a visit, applied here in the order Khanza committed it: a registration at its counter
 * becomes an onsite booking ({@link KhanzaRegistrations}), a registration cancelled there is cancelled here (BPJS
 * told with antrean/batal), and a task time its screens record ({@code referensi_mobilejkn_bpjs_taskid}) is a task
 * step at farmasi-task-service with that time (event id {@code khanza:task:<no_rawat>:<taskid>}: once however often
 * it comes), reported to BPJS in order. The initial snapshot is history and is not replayed; rows the bridge wrote
 * itself are not taken back.
 */
@ApplicationScoped
public class VisitsFromKhanza {

    private static final Logger LOG = Logger.getLogger(VisitsFromKhanza.class);
    /** Task 1 is the check-in, which a SIMRS does not send; the others a SIMRS records with their real times. */
    private static final Set<String> TASKS = Set.of("2", "3", "4", "5", "6", "7", "99");
    private static final String CANCELLED_IN_KHANZA = "Dibatalkan di SIMRS Khanza";

    private final KhanzaRegistrations registrations;
    private final Services services;
    private final ObjectMapper json;
    private final KhanzaConfig config;

    VisitsFromKhanza(KhanzaRegistrations registrations, Services services, ObjectMapper json, KhanzaConfig config) {
        this.registrations = registrations;
        this.services = services;
        this.json = json;
        this.config = config;
    }

    @Incoming("khanza-visits")
    @Blocking(ordered = true)
    public void apply(ConsumerRecord<String, String> record) throws InterruptedException {
        ChangeEvent change = ChangeEvent.parse(json, record.value());
        if (change == null || change.byTheBridge() || change.op() == ChangeEvent.Op.READ
                || change.op() == ChangeEvent.Op.DELETE) {
            return;
        }
        String noRawat = ChangeEvent.text(change.row(), "no_rawat");
        if (noRawat == null) {
            return;
        }
        if (record.topic().endsWith(".reg_periksa")) {
            registration(change, noRawat);
        } else if (record.topic().endsWith(".referensi_mobilejkn_bpjs_taskid")) {
            task(change, noRawat);
        }
    }

    private void registration(ChangeEvent change, String noRawat) throws InterruptedException {
        String now = ChangeEvent.text(change.after(), "stts");
        String was = ChangeEvent.text(change.before(), "stts");
        if (change.op() == ChangeEvent.Op.CREATE) {
            String what = "Khanza registration " + noRawat;
            Persistently.apply(LOG, what, config.notYetPatience(), () -> {
                if (registrations.knownBooking(noRawat) != null) {
                    return null; // a repeat, or its task time came first and booked it
                }
                String kodebooking = registrations.book(noRawat);
                return kodebooking == null ? null : what + ": booked here as " + kodebooking;
            });
        } else if ("Batal".equals(now) && !"Batal".equals(was)) {
            String what = "Khanza cancellation of " + noRawat;
            Persistently.apply(LOG, what, config.notYetPatience(), () -> cancel(noRawat, what));
        }
    }

    private String cancel(String noRawat, String what) throws java.sql.SQLException, Persistently.Away {
        String kodebooking = registrations.knownBooking(noRawat);
        if (kodebooking == null) {
            return null; // never booked here (IGD, another day): nothing to cancel
        }
        Services.Answer answer = services.antrean("POST", "/api/antrean/" + Services.segment(kodebooking) + "/batal",
                Map.of("keterangan", CANCELLED_IN_KHANZA, "eventid", "khanza:batal:" + noRawat));
        if (answer.ok()) {
            return what + ": booking " + kodebooking + " cancelled";
        }
        // already cancelled (by the patient in Mobile JKN) or served: nothing left to do
        LOG.infof("%s: booking %s not cancelled here: %s", what, kodebooking, answer.message());
        return null;
    }

    private void task(ChangeEvent change, String noRawat) throws InterruptedException {
        JsonNode row = change.after();
        String taskid = ChangeEvent.text(row, "taskid");
        Instant at = ChangeEvent.instantWib(row, "waktu");
        // a time written later into a row that had none counts; a time corrected afterwards is not sent again
        boolean firstTime = change.op() == ChangeEvent.Op.CREATE
                || ChangeEvent.instantWib(change.before(), "waktu") == null;
        if (taskid == null || !TASKS.contains(taskid) || at == null || !firstTime) {
            return;
        }
        String what = "Khanza task " + taskid + " of " + noRawat;
        Persistently.apply(LOG, what, config.notYetPatience(), () -> {
            String kodebooking = registrations.kodebookingOf(noRawat);
            if (kodebooking == null) {
                return null; // a visit that is none of Antrean Online's
            }
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("kodebooking", kodebooking);
            step.put("taskid", Integer.parseInt(taskid));
            step.put("waktu", at.toEpochMilli());
            step.put("eventid", "khanza:task:" + noRawat + ":" + taskid);
            if ("5".equals(taskid)) {
                // the poli is done: whether the pharmacy has a prescription to prepare, from Khanza's resep_obat
                step.put("jenisresep", registrations.prescriptionOf(noRawat));
            }
            Services.Answer answer = services.farmasi("POST", "/api/tasks", step);
            if (answer.status() == 404) {
                // the booking is here (the bridge booked or found it): the stations learn it from Kafka, maybe late
                throw new Persistently.Away("farmasi-task-service does not know booking " + kodebooking + " yet");
            }
            if (!answer.ok()) {
                throw new Persistently.Unwritable("farmasi-task-service refused it for booking " + kodebooking + ": "
                        + answer.message());
            }
            return answer.body().path("duplicate").asBoolean() ? null
                    : what + ": recorded for booking " + kodebooking;
        });
    }
}
