package id.antreanonline.edge;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.event.StaffAccountEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads {@code antrean.staff-accounts} from its beginning into {@link StaffAccounts}, in a consumer group of this
 * instance's own that commits nothing (configured once, in the edge's META-INF/microprofile-config.properties). The
 * accounts count as loaded once every partition has been read up to the end it had when it was assigned.
 */
@ApplicationScoped
@Identifier(StaffAccountConsumer.CHANNEL)
public class StaffAccountConsumer implements KafkaConsumerRebalanceListener {

    static final String CHANNEL = "staff-accounts";
    private static final Logger LOG = Logger.getLogger(StaffAccountConsumer.class);

    private final ObjectMapper mapper;
    private final StaffAccounts accounts;
    /** Per partition, the offset of its last record when assigned; removed once read. */
    private final Map<TopicPartition, Long> toRead = new ConcurrentHashMap<>();

    StaffAccountConsumer(ObjectMapper mapper, StaffAccounts accounts) {
        this.mapper = mapper;
        this.accounts = accounts;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (accounts.isLoaded()) {
            return;
        }
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
        consumer.endOffsets(partitions).forEach((partition, end) -> {
            if (end > beginning.getOrDefault(partition, 0L)) {
                toRead.put(partition, end - 1);
            }
        });
        checkLoaded();
    }

    @Incoming(CHANNEL)
    public void on(ConsumerRecord<String, String> record) {
        try {
            StaffAccountEvent event = mapper.readValue(record.value(), StaffAccountEvent.class);
            if (event != null && event.username() != null) {
                accounts.apply(event);
            }
        } catch (Exception unreadable) {
            // the partition and offset only: a record names a staff member
            LOG.warnf("unreadable staff account record skipped (partition %d, offset %d)", record.partition(),
                    record.offset());
        }
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        toRead.computeIfPresent(partition, (p, last) -> record.offset() >= last ? null : last);
        checkLoaded();
    }

    private void checkLoaded() {
        if (toRead.isEmpty() && !accounts.isLoaded()) {
            accounts.markLoaded();
            LOG.info("staff accounts read: revoked and disabled staff tokens are refused");
        }
    }
}
