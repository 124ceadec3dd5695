package id.antreanonline.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Where a record no consumer can apply goes: {@code <topic>.dlq}, the original key and value, and headers saying why
 * (never the payload's content: the reason names a position or a missing field), from which topic, partition and
 * offset, and which service refused it. The consumer's offset is committed only after the broker acknowledged the
 * dead letter, so a record is never dropped silently; while Kafka refuses it, the batch waits and retries.
 */
@ApplicationScoped
public class DeadLetters implements IdempotentConsumer.DeadLetterSink {

    public static final String SUFFIX = ".dlq";
    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String SERVICE = "dead-letter-service";
    public static final String AT = "dead-letter-at";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final KafkaClientSettings kafka;
    private final String service;
    private volatile KafkaProducer<String, String> producer;

    DeadLetters(KafkaClientSettings kafka, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.kafka = kafka;
        this.service = service;
    }

    /** The topic a record of {@code topic} goes to when it cannot be applied. */
    public static String topicFor(String topic) {
        return topic + SUFFIX;
    }

    @Override
    public Uni<Void> store(List<IdempotentConsumer.Rejected> rejected) {
        if (rejected.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // sending may wait for the broker's metadata: on a worker, then back on the consumer's context
        Context caller = Vertx.currentContext();
        Uni<Void> sent = Uni.createFrom().<Void> item(() -> {
            sendAll(rejected);
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().invoke(e -> LOG.warnf("%d dead letter(s) not stored yet, retrying: %s", rejected.size(),
                        Failures.typeOf(e)))
                .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).indefinitely();
        return caller == null ? sent : sent.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    private void sendAll(List<IdempotentConsumer.Rejected> rejected) {
        KafkaProducer<String, String> p = producer();
        var acks = rejected.stream().map(r -> p.send(letter(r))).toList();
        try {
            for (var ack : acks) {
                ack.get(40, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing dead letters", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge the dead letters", e);
        }
        rejected.forEach(r -> LOG.warnf("%s partition %d offset %d sent to %s: %s", r.record().topic(),
                r.record().partition(), r.record().offset(), topicFor(r.record().topic()), r.reason()));
    }

    private ProducerRecord<String, String> letter(IdempotentConsumer.Rejected r) {
        ConsumerRecord<String, String> from = r.record();
        ProducerRecord<String, String> letter = new ProducerRecord<>(topicFor(from.topic()), from.key(),
                from.value());
        Headers h = letter.headers();
        h.add(REASON, bytes(r.reason()));
        h.add(TOPIC, bytes(from.topic()));
        h.add(PARTITION, bytes(String.valueOf(from.partition())));
        h.add(OFFSET, bytes(String.valueOf(from.offset())));
        h.add(SERVICE, bytes(service));
        h.add(AT, bytes(String.valueOf(System.currentTimeMillis())));
        return letter;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
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
