package id.antreanonline.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

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
    private final ReliableProducer producer;

    DeadLetters(KafkaClientSettings kafka, ReliableProducer producer,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.kafka = kafka;
        this.producer = producer;
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
        producer.sendAll(rejected.stream().map(this::letter).toList());
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

    /**
     * What the console may show of a dead letter: where it came from, its key (null when the key identifies a
     * patient), why, which service and when. Never the value, which may hold a patient's identifiers.
     */
    public record Letter(String topic, int partition, long offset, String key, String reason, String service,
            Long at, String sourceTopic, Integer sourcePartition, Long sourceOffset) {
    }

    /**
     * The last {@code limit} dead letters of {@code sourceTopic} (at most, per partition of its dead-letter topic),
     * oldest first; read without a consumer group, so reading commits nothing and moves no one's offset.
     * {@code keyShown} says whether the source topic's key may be shown (a kodebooking, not a norm).
     */
    public List<Letter> latest(String sourceTopic, int limit, boolean keyShown) {
        String topic = topicFor(sourceTopic);
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(kafka.with(Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName())))) {
            List<TopicPartition> partitions = reader.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                return List.of();
            }
            reader.assign(partitions);
            Map<TopicPartition, Long> begin = reader.beginningOffsets(partitions, Duration.ofSeconds(10));
            Map<TopicPartition, Long> end = reader.endOffsets(partitions, Duration.ofSeconds(10));
            partitions.forEach(tp -> reader.seek(tp, Math.max(begin.get(tp), end.get(tp) - limit)));
            List<Letter> letters = new ArrayList<>();
            long until = System.currentTimeMillis() + 10_000;
            while (partitions.stream().anyMatch(tp -> reader.position(tp) < end.get(tp))
                    && System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, String> r : reader.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        letters.add(letterOf(r, keyShown));
                    }
                }
            }
            return letters;
        }
    }

    private static Letter letterOf(ConsumerRecord<String, String> r, boolean keyShown) {
        return new Letter(r.topic(), r.partition(), r.offset(), keyShown ? r.key() : null, header(r, REASON),
                header(r, SERVICE), number(header(r, AT)), header(r, TOPIC), number(header(r, PARTITION)) == null
                        ? null : number(header(r, PARTITION)).intValue(), number(header(r, OFFSET)));
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Long number(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
