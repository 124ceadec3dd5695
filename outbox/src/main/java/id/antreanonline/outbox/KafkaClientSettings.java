package id.antreanonline.outbox;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Singleton;

/**
 * The Kafka client settings the operator gives, for the clients outbox builds itself (the relay's producer, the
 * readiness check's admin client, the history reader). It is the map Quarkus hands every messaging channel: each {@code kafka.*}
 * property and each {@code KAFKA_*} variable ({@code KAFKA_SASL_JAAS_CONFIG} becomes {@code sasl.jaas.config}), so
 * TLS and SASL set once reach the channels and these clients alike.
 */
@Singleton
public class KafkaClientSettings {

    private final Map<String, Object> operator;

    KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> operator) {
        this.operator = Map.copyOf(operator);
    }

    /**
     * A producer whose acknowledged record is stored on every in-sync replica, sent once per try and in order (the
     * outbox relay's and the dead letters'): the operator's settings under these.
     */
    Map<String, Object> reliableProducer() {
        return with(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000",
                ProducerConfig.LINGER_MS_CONFIG, "1",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** A consumer that reads where it is told: no group, no committed offset, no topic created by asking. */
    Map<String, Object> historyReader() {
        return with(Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false",
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }

    /** The operator's settings with the client's own on top: what a client needs for its guarantees wins. */
    Map<String, Object> with(Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(operator);
        settings.putAll(own);
        return settings;
    }
}
