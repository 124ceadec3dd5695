package id.antreanonline.antrean.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.event.Topics;
import id.antreanonline.testsupport.PostgresTestResource;
import id.antreanonline.testsupport.SaslKafkaTestResource;
import id.antreanonline.testsupport.ServiceInfrastructureContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

/**
 * Against a broker listener that refuses unauthenticated clients (SASL/SCRAM-SHA-512, as production's, there with
 * TLS), the service given nothing but {@code kafka.*} settings: the infrastructure contract holds (readiness, the
 * outbox relay) and a consumer channel gets its records.
 */
@QuarkusTest
@TestProfile(KafkaSaslTest.BrokerRequiringSasl.class)
class KafkaSaslTest extends ServiceInfrastructureContract {

    /** The module's servers, with Kafka reached through the SASL listener. */
    public static class BrokerRequiringSasl implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SaslKafkaTestResource.class));
        }
    }

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Override
    protected String database() {
        return "antrean";
    }

    @Override
    protected Map<String, String> kafkaClientSettings() {
        return SaslKafkaTestResource.clientSettings();
    }

    @Test
    void theServiceUsesTheListenerThatRefusesClientsWithoutCredentials() {
        assertEquals(SaslKafkaTestResource.bootstrapServers(), kafka.get("bootstrap.servers"));

        ExecutionException anonymous = assertThrows(ExecutionException.class,
                () -> clusterId(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        SaslKafkaTestResource.bootstrapServers())));
        // the broker drops a client that does not authenticate: it never gets an answer
        assertInstanceOf(TimeoutException.class, anonymous.getCause());

        Map<String, String> wrongPassword = new HashMap<>(SaslKafkaTestResource.clientSettings());
        wrongPassword.put(SaslConfigs.SASL_JAAS_CONFIG,
                SaslKafkaTestResource.jaas(SaslKafkaTestResource.USER, "not-the-password"));
        ExecutionException refused = assertThrows(ExecutionException.class, () -> clusterId(wrongPassword));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
    }

    @Test
    void aConsumerChannelReceivesWithTheCredentials() throws Exception {
        String eventId = UUID.randomUUID().toString();
        // a task of a booking this service does not know: applied as nothing, but recorded as received
        String task = new ObjectMapper().writeValueAsString(Map.of("eventId", eventId, "kind", "TASK",
                "kodebooking", "KB-SASL-" + eventId, "taskid", 4, "waktu", System.currentTimeMillis(),
                "recordedAt", System.currentTimeMillis()));
        Map<String, Object> settings = new HashMap<>(SaslKafkaTestResource.clientSettings());
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>(Topics.TASKS, "KB-SASL-" + eventId, task)).get(30, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> received(eventId));
    }

    private static String clusterId(Map<String, String> clientSettings) throws Exception {
        Map<String, Object> settings = new HashMap<>(clientSettings);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(settings)) {
            return admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
        }
    }

    private static boolean received(String eventId) throws Exception {
        try (Connection c = PostgresTestResource.connect("antrean");
                PreparedStatement st = c.prepareStatement("select 1 from inbox where event_id = ?")) {
            st.setString(1, eventId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
