package id.antreanonline.testsupport;

import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.event.StaffAccountEvent;
import id.antreanonline.shared.event.Topics;

/** An account's state on antrean.staff-accounts of the test Kafka, as antrean-service's outbox publishes it. */
public final class StaffAccountEvents {

    private StaffAccountEvents() {
    }

    public static void publish(String username, long tokensValidAfter, boolean disabled) throws Exception {
        StaffAccountEvent event = new StaffAccountEvent(UUID.randomUUID().toString(), username, tokensValidAfter,
                disabled, System.currentTimeMillis());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(Topics.STAFF_ACCOUNTS, username,
                    new ObjectMapper().writeValueAsString(event))).get();
        }
    }
}
