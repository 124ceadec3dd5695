package id.antreanonline.farmasi;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.TaskEvent;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.shared.event.VisitEvent;
import id.antreanonline.shared.event.VisitSnapshot;
import id.antreanonline.testsupport.KafkaRecords;
import id.antreanonline.testsupport.KafkaTestResource;
import id.antreanonline.testsupport.PostgresTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/** Bookings through the real broker, signed staff tokens, and a look at what was published. */
public final class Fixtures {

    public static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final AtomicInteger DAYS = new AtomicInteger();
    private static KafkaProducer<String, String> producer;

    private Fixtures() {
    }

    /** A day no other test uses, so queues, numbers and statistics start empty. */
    public static LocalDate newDay() {
        return LocalDate.of(2026, 1, 5).plusDays(DAYS.incrementAndGet());
    }

    public static long at(LocalDate day, String hhmm) {
        return day.atTime(LocalTime.parse(hhmm)).atZone(Wib.ZONE).toInstant().toEpochMilli();
    }

    public static String token(String role) {
        return Jwt.issuer("antrean-online-rs").upn(role + "-petugas").groups(Set.of(role)).sign();
    }

    public static String wsrsToken() {
        return Jwt.issuer("antrean-online-rs").upn("mobilejkn").groups(Set.of("wsrs")).sign();
    }

    public static String kodebooking() {
        return "KB" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }

    public static VisitSnapshot booking(String kodebooking, LocalDate day, boolean newPatient, String kodepoli,
            String kodedokter, int angka) {
        return new VisitSnapshot(kodebooking, kodepoli, kodedokter, Wib.DATE.format(day), "08:00-12:00",
                kodepoli.charAt(0) + "-" + angka, angka, newPatient ? 1 : 0, "RM" + angka);
    }

    public static VisitEvent created(VisitSnapshot booking) {
        return new VisitEvent(UUID.randomUUID().toString(), BookingEvent.Kind.CREATED, booking.kodebooking(),
                System.currentTimeMillis(), BookingSource.MOBILE_JKN, booking, null);
    }

    public static VisitEvent checkedIn(VisitSnapshot booking, long waktu) {
        return new VisitEvent(UUID.randomUUID().toString(), BookingEvent.Kind.CHECKED_IN, booking.kodebooking(),
                System.currentTimeMillis(), BookingSource.MOBILE_JKN, booking,
                new BookingEvent.CheckIn(booking.newPatient() ? 1 : 3, waktu));
    }

    public static VisitEvent cancelled(VisitSnapshot booking) {
        return new VisitEvent(UUID.randomUUID().toString(), BookingEvent.Kind.CANCELLED, booking.kodebooking(),
                System.currentTimeMillis(), BookingSource.MOBILE_JKN, booking, null);
    }

    public static void publish(String topic, String key, Object event) {
        publish(topic, key, event, null);
    }

    /** The same, with the trace context the outbox relay sends as the record's {@code traceparent} header. */
    public static synchronized void publish(String topic, String key, Object event, String traceparent) {
        try {
            String json = event instanceof String s ? s : JSON.writeValueAsString(event);
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
            if (traceparent != null) {
                record.headers().add("traceparent", traceparent.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void publish(VisitEvent event) {
        publish(Topics.VISITS, event.kodebooking(), event);
    }

    /** Visit events sent back to back and acknowledged together, as a burst of bookings sends them. */
    public static synchronized void publishTogether(List<VisitEvent> events) {
        List<Future<?>> sent = new ArrayList<>();
        try {
            for (VisitEvent event : events) {
                sent.add(producer().send(new ProducerRecord<>(Topics.VISITS, event.kodebooking(),
                        JSON.writeValueAsString(event))));
            }
            for (Future<?> acknowledged : sent) {
                acknowledged.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    /** A booking made and (when {@code checkIn} is given) checked in, as antrean-service announces them. */
    public static VisitSnapshot book(LocalDate day, boolean newPatient, String kodepoli, String kodedokter, int angka,
            Long checkIn) {
        VisitSnapshot booking = booking(kodebooking(), day, newPatient, kodepoli, kodedokter, angka);
        publish(created(booking));
        if (checkIn != null) {
            publish(checkedIn(booking, checkIn));
            awaitLastTask(booking.kodebooking(), newPatient ? 1 : 3);
        } else {
            awaitVisit(booking.kodebooking());
        }
        return booking;
    }

    public static void awaitVisit(String kodebooking) {
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(token("admin"))
                .get("/api/tasks/{kb}", kodebooking).statusCode() == 200);
    }

    public static void awaitLastTask(String kodebooking, int taskid) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var response = given().auth().oauth2(token("admin")).get("/api/tasks/{kb}", kodebooking);
            if (response.statusCode() != 200) {
                return false;
            }
            List<Integer> ids = response.jsonPath().getList("tasks.taskid", Integer.class);
            return !ids.isEmpty() && ids.get(ids.size() - 1) == taskid;
        });
    }

    public static ValidatableResponse record(String role, String kodebooking, int taskid, Long waktu,
            String jenisresep) {
        Map<String, Object> body = new HashMap<>();
        body.put("kodebooking", kodebooking);
        body.put("taskid", taskid);
        if (waktu != null) {
            body.put("waktu", waktu);
        }
        if (jenisresep != null) {
            body.put("jenisresep", jenisresep);
        }
        return given().auth().oauth2(token(role)).contentType(ContentType.JSON).body(body)
                .post("/api/tasks").then();
    }

    public static ValidatableResponse timeline(String kodebooking) {
        return given().auth().oauth2(token("admin")).get("/api/tasks/{kb}", kodebooking).then();
    }

    /** The events published for one booking on antrean.tasks, in topic order, once at least {@code n} arrived. */
    public static List<TaskEvent> taskEvents(String kodebooking, int n) {
        List<TaskEvent> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = KafkaRecords.reader(Topics.TASKS)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (kodebooking.equals(r.key())) {
                        events.add(parse(r.value()));
                    }
                });
                return events.size() >= n;
            });
            consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                if (kodebooking.equals(r.key())) {
                    events.add(parse(r.value()));
                }
            });
        }
        return events;
    }

    private static TaskEvent parse(String json) {
        try {
            return JSON.readValue(json, TaskEvent.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event was consumed (its effect stored, or found to be a duplicate). */
    public static boolean inboxHas(String eventId) {
        try (Connection c = PostgresTestResource.connect("farmasi");
                PreparedStatement st = c.prepareStatement("select count(*) from inbox where event_id = ?")) {
            st.setString(1, eventId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Events written to the outbox for one booking (published or about to be). */
    public static int outboxRows(String kodebooking) {
        try (Connection c = PostgresTestResource.connect("farmasi");
                PreparedStatement st = c.prepareStatement("select count(*) from outbox where record_key = ?")) {
            st.setString(1, kodebooking);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sessions of the service's database waiting for a lock another holds (a row, or a key of a unique index). */
    public static int sessionsWaitingForALock() throws Exception {
        try (Connection c = PostgresTestResource.connect("farmasi");
                PreparedStatement st = c.prepareStatement("select count(*) from pg_stat_activity "
                        + "where datname = current_database() and wait_event_type = 'Lock'");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
