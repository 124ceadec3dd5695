package id.antreanonline.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.kafka.client.runtime.KafkaRuntimeConfigProducer;
import io.quarkus.runtime.ApplicationConfig;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * What an operator sets reaches the relay's and the readiness check's clients: {@code KAFKA_*} variables that no
 * application.properties declares, and {@code kafka.*} properties, through the map Quarkus builds for the channels.
 */
class KafkaClientSettingsTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"antrean-service\" password=\"from-the-secret\";";

    @Test
    void variablesAndPropertiesOfTheOperatorReachTheClients() {
        Map<String, Object> settings = settings(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "antrean-kafka-kafka-bootstrap:9093",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", JAAS,
                "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/antrean-online/kafka-ca/ca.crt"),
                Map.of("kafka.client.dns.lookup", "use_all_dns_ips")).with(Map.of());

        assertEquals("antrean-kafka-kafka-bootstrap:9093", settings.get("bootstrap.servers"));
        assertEquals("SASL_SSL", settings.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", settings.get("sasl.mechanism"));
        assertEquals(JAAS, settings.get("sasl.jaas.config"));
        assertEquals("PEM", settings.get("ssl.truststore.type"));
        assertEquals("/etc/antrean-online/kafka-ca/ca.crt", settings.get("ssl.truststore.location"));
        assertEquals("use_all_dns_ips", settings.get("client.dns.lookup"));
    }

    @Test
    void theClientsOwnSettingsWinOverTheOperators() {
        Map<String, Object> settings = settings(Map.of("KAFKA_ACKS", "1"),
                Map.of("kafka.bootstrap.servers", "localhost:9092")).with(Map.of("acks", "all"));

        assertEquals("all", settings.get("acks"));
        assertEquals("localhost:9092", settings.get("bootstrap.servers"));
    }

    private static KafkaClientSettings settings(Map<String, String> variables, Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(variables, 300))
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .build();
        return new KafkaClientSettings(new KafkaRuntimeConfigProducer().createKafkaRuntimeConfig(config, APPLICATION));
    }

    private static final ApplicationConfig APPLICATION = new ApplicationConfig() {
        @Override
        public Optional<String> name() {
            return Optional.of("antrean-service");
        }

        @Override
        public Optional<String> version() {
            return Optional.empty();
        }

        @Override
        public Optional<String> uiHeader() {
            return Optional.empty();
        }
    };
}
