package id.antreanonline.antrean.messaging;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.date;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.service.Messages;
import id.antreanonline.outbox.DeadLetters;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.TaskEvent;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.testsupport.KafkaRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Task 4 makes a booking the last one called; 5 and 99 take it out of the remaining queue; once per event id. */
@QuarkusTest
class TaskConsumerTest {

    private static final String HOURS = "08:00-12:00";
    private final String kodepoli = poli();
    private final String kodedokter = doctor();
    private final LocalDate tomorrow = today().plusDays(1);

    private String book() {
        return wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS))
                .getString("response.kodebooking");
    }

    private static void send(String eventId, String kodebooking, int taskid) throws Exception {
        TaskEvent event = new TaskEvent(eventId, TaskEvent.Kind.TASK, kodebooking, BookingSource.MOBILE_JKN, taskid,
                System.currentTimeMillis(), null, null, null, System.currentTimeMillis());
        KafkaRecords.publish(Topics.TASKS, kodebooking, new ObjectMapper().writeValueAsString(event));
    }

    private Map<String, Object> statusBody() {
        return Map.of("kodepoli", kodepoli, "kodedokter", kodedokter, "tanggalperiksa", date(tomorrow),
                "jampraktek", HOURS);
    }

    @Test
    void calledAndFinishedTasksMoveTheQueue() throws Exception {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 0);
        String first = book();
        String second = book();
        String third = book();
        assertEquals(2, wsrs("sisaantrean", Map.of("kodebooking", third)).getInt("response.sisaantrean"));

        send(UUID.randomUUID().toString(), first, 4);
        await().atMost(Duration.ofSeconds(60)).until(() -> (kodepoli + "-1")
                .equals(wsrs("statusantrean", statusBody()).getString("response.antreanpanggil")));
        assertEquals(kodepoli + "-1",
                wsrs("sisaantrean", Map.of("kodebooking", third)).getString("response.antreanpanggil"));
        assertEquals(2, wsrs("sisaantrean", Map.of("kodebooking", third)).getInt("response.sisaantrean"));

        send(UUID.randomUUID().toString(), first, 5);
        await().atMost(Duration.ofSeconds(60)).until(() -> wsrs("sisaantrean", Map.of("kodebooking", third))
                .getInt("response.sisaantrean") == 1);
        assertEquals(2, wsrs("statusantrean", statusBody()).getInt("response.sisaantrean"));
        assertEquals(3, wsrs("statusantrean", statusBody()).getInt("response.totalantrean"));

        send(UUID.randomUUID().toString(), second, 99);
        await().atMost(Duration.ofSeconds(60)).until(() -> wsrs("sisaantrean", Map.of("kodebooking", third))
                .getInt("response.sisaantrean") == 0);
        assertEquals(1, wsrs("statusantrean", statusBody()).getInt("response.sisaantrean"));

        // a cancelled booking leaves the count of those waiting and of those booked
        assertEquals(200, wsrs("batalantrean", Map.of("kodebooking", third, "keterangan", "tidak jadi"))
                .getInt("metadata.code"));
        JsonPath status = wsrs("statusantrean", statusBody());
        assertEquals(0, status.getInt("response.sisaantrean"));
        assertEquals(2, status.getInt("response.totalantrean"));
        assertEquals(kodepoli + "-1", status.getString("response.antreanpanggil"));
    }

    @Test
    void servedBookingCannotBeCancelled() throws Exception {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 0);
        String code = book();
        send(UUID.randomUUID().toString(), code, 4);
        await().atMost(Duration.ofSeconds(60)).until(() -> !Fixtures
                .column("select kodebooking from booking where kodebooking = ? and called_at is not null", code)
                .isEmpty());
        assertEquals(Messages.ALREADY_SERVED, wsrs("batalantrean", Map.of("kodebooking", code, "keterangan", "x"))
                .getString("metadata.message"));
    }

    @Test
    void aRedeliveredEventIdIsAppliedOnce() throws Exception {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 0);
        String first = book();
        String second = book();
        String eventId = UUID.randomUUID().toString();
        send(eventId, first, 5);
        await().atMost(Duration.ofSeconds(60)).until(() -> !Fixtures
                .column("select kodebooking from booking where kodebooking = ? and finished_at is not null", first)
                .isEmpty());

        // the same event id again (a redelivery), even with another body, changes nothing
        send(eventId, second, 5);
        String marker = UUID.randomUUID().toString();
        send(marker, second, 4);
        await().atMost(Duration.ofSeconds(60)).until(() -> !Fixtures
                .column("select kodebooking from booking where kodebooking = ? and called_at is not null", second)
                .isEmpty());
        assertEquals(true, Fixtures.column("select finished_at is null from booking where kodebooking = ?", second)
                .get(0));
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicWithItsReasonAndTheNextIsApplied() throws Exception {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 0);
        String code = book();
        String garbage = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"kodebooking\":";
        KafkaRecords.publish(Topics.TASKS, code, garbage);
        send(UUID.randomUUID().toString(), code, 4);

        await().atMost(Duration.ofSeconds(60)).until(() -> !Fixtures
                .column("select kodebooking from booking where kodebooking = ? and called_at is not null", code)
                .isEmpty());
        ConsumerRecord<String, String> letter = KafkaRecords.deadLetterOf(Topics.TASKS, garbage,
                "antrean-service");
        assertEquals(code, letter.key());
        assertTrue(KafkaRecords.header(letter, DeadLetters.REASON).startsWith("unreadable task event (line 1"),
                KafkaRecords.header(letter, DeadLetters.REASON));
        assertEquals(Topics.TASKS, KafkaRecords.header(letter, DeadLetters.TOPIC));
    }
}
