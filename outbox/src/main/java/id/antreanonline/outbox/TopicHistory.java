package id.antreanonline.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a topic holds from a time on: every partition read from its first record at or after that time up to its end
 * as it stood when reading began (what is published meanwhile is the consumers' business). No consumer group, nothing
 * committed: reading it again, from any replica, reads the same and changes nothing for the consumers.
 */
@ApplicationScoped
public class TopicHistory {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    /** A read that gets nothing new for this long while records are left gives up (the broker went away). */
    private static final Duration STALLED_AFTER = Duration.ofSeconds(30);

    private final KafkaClientSettings kafka;

    TopicHistory(KafkaClientSettings kafka) {
        this.kafka = kafka;
    }

    /**
     * Hands each record of {@code topic} timestamped at or after {@code sinceMillis} to {@code each}, partition by
     * partition in offset order. Blocking (call it from a worker thread); a Kafka that does not answer fails it with a
     * {@link TimeoutException} after seconds.
     *
     * @return how many records were read
     */
    public long read(String topic, long sinceMillis, Consumer<ConsumerRecord<String, String>> each) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.historyReader())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, CALL_TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                return 0; // the topic was never written
            }
            List<TopicPartition> all = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(all);
            Map<TopicPartition, Long> end = consumer.endOffsets(all, CALL_TIMEOUT);
            Map<TopicPartition, Long> times = new HashMap<>();
            all.forEach(p -> times.put(p, Math.max(0, sinceMillis)));
            Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(times, CALL_TIMEOUT);
            Set<TopicPartition> open = new HashSet<>();
            for (TopicPartition p : all) {
                OffsetAndTimestamp from = start.get(p);
                if (from != null && from.offset() < end.get(p)) {
                    consumer.seek(p, from.offset());
                    open.add(p);
                }
            }
            long read = 0;
            long lastProgress = System.nanoTime();
            while (!open.isEmpty()) {
                int before = open.size();
                long got = 0;
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition p = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() < end.get(p)) {
                        each.accept(r);
                        got++;
                    }
                }
                open.removeIf(p -> consumer.position(p, CALL_TIMEOUT) >= end.get(p));
                read += got;
                if (got > 0 || open.size() < before) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > STALLED_AFTER.toNanos()) {
                    throw new TimeoutException("reading " + topic + " made no progress for " + STALLED_AFTER);
                }
            }
            return read;
        }
    }
}
