package id.antreanonline.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The one producer of a service's own sends (the outbox relay's events, the dead letters): a record counts as sent
 * only once every in-sync replica stored it ({@link KafkaClientSettings#reliableProducer()}). Made at the first send,
 * so a service starts while Kafka is away.
 */
@ApplicationScoped
class ReliableProducer {

    private final KafkaClientSettings kafka;
    private volatile KafkaProducer<String, String> producer;

    ReliableProducer(KafkaClientSettings kafka) {
        this.kafka = kafka;
    }

    /** Sends the records in their order and returns once the broker acknowledged all of them (blocking). */
    void sendAll(List<ProducerRecord<String, String>> records) {
        KafkaProducer<String, String> p = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        records.forEach(r -> acks.add(p.send(r)));
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(40, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge: " + OutboxRelay.rootMessage(e), e);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(kafka.reliableProducer());
                }
            }
        }
        return producer;
    }

    void close(@Observes ShutdownEvent ignored) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
