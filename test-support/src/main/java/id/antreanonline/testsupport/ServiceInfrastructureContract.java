package id.antreanonline.testsupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import id.antreanonline.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;

/**
 * What every service that owns data must do, checked against the real PostgreSQL and Kafka: be ready only with both,
 * and relay an event to Kafka if and only if its transaction committed. A service's test extends this with
 * {@code @QuarkusTest} and names its database.
 */
public abstract class ServiceInfrastructureContract {

    @Inject
    Outbox outbox;

    /** The database prefix the service's test resources use. */
    protected abstract String database();

    /** How this test's own consumer reaches the broker the service uses. */
    protected Map<String, String> kafkaClientSettings() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("kafka"));
    }

    @Test
    void anEventCommittedWithItsChangeReachesKafkaOnce() throws Throwable {
        String eventId = UUID.randomUUID().toString();
        String topic = "test.outbox." + eventId;
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> outbox.publish(topic, "KB-" + eventId, eventId, Map.of("eventId", eventId))));

        List<ConsumerRecord<String, String>> received = consume(topic, 1, kafkaClientSettings());
        assertEquals(1, received.size());
        assertEquals("KB-" + eventId, received.get(0).key());
        assertTrue(received.get(0).value().contains(eventId));
        await().atMost(Duration.ofSeconds(20)).until(() -> sentAt(eventId) != null);
    }

    @Test
    void anEventWhoseTransactionRolledBackNeverLeaves() throws Throwable {
        String eventId = UUID.randomUUID().toString();
        String topic = "test.outbox." + eventId;
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                    () -> outbox.publish(topic, "KB", eventId, Map.of("eventId", eventId))
                            .chain(() -> Uni.createFrom().failure(new IllegalStateException("rolled back")))));
        } catch (IllegalStateException expected) {
            // the change failed after the event was written
        }
        // a later event on the same topic is delivered, the rolled-back one is not
        String laterId = UUID.randomUUID().toString();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> outbox.publish(topic, "KB", laterId, Map.of("eventId", laterId))));
        List<ConsumerRecord<String, String>> received = consume(topic, 1, kafkaClientSettings());
        assertEquals(1, received.size());
        assertTrue(received.get(0).value().contains(laterId));
        try (Connection c = PostgresTestResource.connect(database());
                PreparedStatement st = c.prepareStatement("select count(*) from outbox where event_id = ?")) {
            st.setString(1, eventId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    private Object sentAt(String eventId) throws Exception {
        try (Connection c = PostgresTestResource.connect(database());
                PreparedStatement st = c.prepareStatement("select sent_at from outbox where event_id = ?")) {
            st.setString(1, eventId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }

    /** Reads the topic from the beginning until {@code expected} records arrived, then a little longer for extras. */
    public static List<ConsumerRecord<String, String>> consume(String topic, int expected) {
        return consume(topic, expected, Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.bootstrapServers()));
    }

    /** The same through a broker reached with these client settings (bootstrap servers, credentials). */
    public static List<ConsumerRecord<String, String>> consume(String topic, int expected,
            Map<String, String> clientSettings) {
        Properties props = new Properties();
        props.putAll(clientSettings);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
            // then on to the topic's end as it is now: an import's thousands of events must not hide the ones a
            // test looks for behind the first polls
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
        }
        return records;
    }
}
