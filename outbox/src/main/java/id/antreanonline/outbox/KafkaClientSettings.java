package id.antreanonline.outbox;

import java.util.HashMap;
import java.util.Map;

import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Singleton;

/**
 * The Kafka client settings the operator gives, for the clients outbox builds itself (the relay's producer, the
 * readiness check's admin client). It is the map Quarkus hands every messaging channel: each {@code kafka.*}
 * property and each {@code KAFKA_*} variable ({@code KAFKA_SASL_JAAS_CONFIG} becomes {@code sasl.jaas.config}), so
 * TLS and SASL set once reach the channels and these clients alike.
 */
@Singleton
public class KafkaClientSettings {

    private final Map<String, Object> operator;

    KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> operator) {
        this.operator = Map.copyOf(operator);
    }

    /** The operator's settings with the client's own on top: what a client needs for its guarantees wins. */
    Map<String, Object> with(Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(operator);
        settings.putAll(own);
        return settings;
    }
}
