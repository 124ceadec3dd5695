package id.antreanonline.gateway;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.Wib;
import id.antreanonline.testsupport.BpjsSimulatorTestResource;
import id.antreanonline.testsupport.KafkaTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The simulator's admin API and a plain Kafka producer, as the tests use them. */
public final class Simulator {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    private Simulator() {
    }

    public static String admin() {
        return BpjsSimulatorTestResource.baseUrl() + "/admin";
    }

    public static LocalDate today() {
        return LocalDate.now(Wib.ZONE);
    }

    /** A Mobile JKN booking for today that BPJS knows before the hospital reports anything. */
    public static void registerMobileJkn(String kodebooking, boolean newPatient) {
        given().contentType(ContentType.JSON)
                .body(Map.of("kodebooking", kodebooking, "tanggalperiksa", today().format(Wib.DATE),
                        "pasienbaru", newPatient ? 1 : 0, "jenispasien", "JKN", "nomorkartu", "0001234567890",
                        "nik", "3212345678900001", "kodepoli", "ANA", "nomorantrean", "A-1", "angkaantrean", 1))
                .post(admin() + "/bookings").then().statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    /** Task ids BPJS holds for the booking, in the order it holds them. */
    public static List<Integer> tasks(String kodebooking) {
        var response = given().get(admin() + "/tasks/" + kodebooking);
        if (response.statusCode() != 200) {
            return List.of();
        }
        return response.jsonPath().getList("taskid", Integer.class);
    }

    public static JsonPath tasksJson(String kodebooking) {
        return given().get(admin() + "/tasks/" + kodebooking).jsonPath();
    }

    /** The Antrean WS calls BPJS received about this booking, in arrival order (paths without the base). */
    public static List<Map<String, Object>> received(String kodebooking) {
        List<Map<String, Object>> all = given().queryParam("path", "/antreanrs/antrean")
                .get(admin() + "/received").jsonPath().getList("$");
        return all.stream().filter(r -> String.valueOf(r.get("body")).contains(kodebooking)).toList();
    }

    public static void fault(String mode, int durationSeconds, int calls) {
        given().contentType(ContentType.JSON)
                .body(Map.of("mode", mode, "latencyMs", 0, "durationSeconds", durationSeconds, "calls", calls))
                .post(admin() + "/faults").then().statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    /** The next {@code calls} calls on {@code path} are answered BPJS's envelope with {@code code}, and not run. */
    public static void answerCode(String path, int code, int calls) {
        given().contentType(ContentType.JSON)
                .body(Map.of("mode", "CODE", "code", code, "message", "simulated " + code, "calls", calls, "path", path))
                .post(admin() + "/faults").then().statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    public static void clearFaults() {
        given().delete(admin() + "/faults").then().statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    /** Publishes an event as the other services' outboxes do: JSON, keyed by kodebooking. */
    public static void publish(String topic, String key, Object event) {
        publish(topic, key, event, null);
    }

    /** The same, with the trace context the outbox relay sends as the record's {@code traceparent} header. */
    public static void publish(String topic, String key, Object event, String traceparent) {
        try {
            publishWithoutWaiting(topic, key, event, traceparent).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /** Like {@link #publish}, but returns before the broker acknowledged: a rate its round trip cannot slow. */
    public static Future<RecordMetadata> publishWithoutWaiting(String topic, String key, Object event) {
        return publishWithoutWaiting(topic, key, event, null);
    }

    private static synchronized Future<RecordMetadata> publishWithoutWaiting(String topic, String key, Object event,
            String traceparent) {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, MAPPER.writeValueAsString(event));
            if (traceparent != null) {
                record.headers().add("traceparent", traceparent.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            return producer.send(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the event for " + topic, e);
        }
    }
}
