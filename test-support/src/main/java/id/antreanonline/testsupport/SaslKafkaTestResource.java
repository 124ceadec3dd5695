package id.antreanonline.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.config.SaslConfigs;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The in-JVM test broker through its listener that refuses unauthenticated clients (SASL_PLAINTEXT, SCRAM-SHA-512,
 * one user made at first use), given to the service as an operator gives production's: {@code kafka.*} client
 * settings only, which the messaging channels, the outbox relay and the readiness check must all honour. Always this
 * JVM's own broker, even when {@code TEST_KAFKA_BOOTSTRAP_SERVERS} names another.
 */
public class SaslKafkaTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String USER = "antrean-test-service";
    private static final String PASSWORD = "scram-test-password";

    private static String bootstrapServers;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        clientSettings().forEach((key, value) -> config.put("kafka." + key, value));
        return config;
    }

    /** After {@link KafkaTestResource}, a module's resource for all its tests: these settings are the ones used. */
    @Override
    public int order() {
        return 1;
    }

    @Override
    public void stop() {
        // the broker lives as long as the JVM: other test classes reuse it
    }

    /** What a client needs to be let in: for the tests' own producers and consumers. */
    public static Map<String, String> clientSettings() {
        return clientSettings(bootstrapServers());
    }

    private static Map<String, String> clientSettings(String listener) {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, listener,
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512",
                SaslConfigs.SASL_JAAS_CONFIG, jaas(USER, PASSWORD));
    }

    /** The listener alone, without credentials (the user is made, once per class loader: an upsert). */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            String listener = KafkaTestResource.scramListener();
            createUser(listener);
            bootstrapServers = listener;
        }
        return bootstrapServers;
    }

    public static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /** Through the open listener, as an operator's tooling would (Strimzi's user operator in production). */
    private static void createUser(String listener) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.openListener()))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(USER,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), PASSWORD)))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the test Kafka's SCRAM user", e);
        }
        // the broker learns of the user from the metadata log a moment later; a consumer refused meanwhile would stop
        Map<String, Object> settings = new HashMap<>(clientSettings(listener));
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            try (Admin admin = Admin.create(settings)) {
                return admin.describeCluster().clusterId().get(2, TimeUnit.SECONDS) != null;
            }
        });
    }
}
