package id.antreanonline.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sends committed outbox rows to Kafka in id order and marks them sent only after the broker acknowledged them
 * (idempotent producer, acks=all). Only one relay of a database works at a time (a transaction-scoped advisory
 * lock), so several replicas keep each key's order. If Kafka or the database is down the rows wait; nothing is lost,
 * and a row sent twice (a crash between ack and commit) is dropped by the consumers' {@link Inbox}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 500;
    private static final long RELAY_LOCK = 0x0B0B0B0BL;

    private final Pool pool;
    private final WorkerLoop loop;
    private final ReliableProducer producer;
    private volatile long lastSuccess;

    /**
     * @param spacingMillis the least time between the starts of two rounds while commits keep waking the relay: the
     *        events of the commits within it go in one round (one read, one send to Kafka, one mark) and reach the
     *        consumers as one poll's work, instead of a round, a send and a poll of every consumer per commit
     */
    OutboxRelay(Pool pool, ReliableProducer producer,
            @ConfigProperty(name = "antrean.outbox.poll-ms", defaultValue = "100") long pollMillis,
            @ConfigProperty(name = "antrean.outbox.spacing-ms", defaultValue = "20") long spacingMillis) {
        this.pool = pool;
        this.producer = producer;
        // one worker: the advisory lock lets one relay of a database send at a time anyway
        this.loop = new WorkerLoop("outbox-relay", Duration.ofMillis(pollMillis), Duration.ofMillis(spacingMillis),
                () -> relayBatch() == BATCH);
    }

    void start(@Observes StartupEvent ignored) {
        loop.start(1);
    }

    /** A hint that rows were just written: look sooner than the next poll. */
    void wakeUp() {
        loop.wakeUp();
    }

    /** @return how many rows were sent */
    int relayBatch() {
        SqlConnection conn = pool.getConnection().await().atMost(Duration.ofSeconds(10));
        try {
            Transaction tx = conn.begin().await().atMost(Duration.ofSeconds(10));
            try {
                boolean locked = conn.query("select pg_try_advisory_xact_lock(" + RELAY_LOCK + ")").execute()
                        .await().atMost(Duration.ofSeconds(10)).iterator().next().getBoolean(0);
                if (!locked) {
                    tx.rollback().await().atMost(Duration.ofSeconds(10));
                    return 0;
                }
                List<Row> rows = new ArrayList<>();
                conn.preparedQuery("select id, topic, record_key, payload, trace_parent from outbox where sent_at is null "
                        + "order by id limit " + BATCH).execute().await().atMost(Duration.ofSeconds(30))
                        .forEach(rows::add);
                if (rows.isEmpty()) {
                    tx.commit().await().atMost(Duration.ofSeconds(10));
                    lastSuccess = System.currentTimeMillis();
                    return 0;
                }
                send(rows);
                Long[] ids = rows.stream().map(r -> r.getLong("id")).toArray(Long[]::new);
                conn.preparedQuery("update outbox set sent_at = now() where id = any($1)")
                        .execute(Tuple.of(ids)).await().atMost(Duration.ofSeconds(30));
                tx.commit().await().atMost(Duration.ofSeconds(10));
                lastSuccess = System.currentTimeMillis();
                return rows.size();
            } catch (RuntimeException e) {
                tx.rollback().subscribe().with(x -> {
                }, f -> {
                });
                throw e;
            }
        } finally {
            conn.close().subscribe().with(x -> {
            }, f -> {
            });
        }
    }

    private void send(List<Row> rows) {
        producer.sendAll(rows.stream().map(OutboxRelay::record).toList());
    }

    /** The row as a record; the trace it was written in goes along as the {@code traceparent} header. */
    private static ProducerRecord<String, String> record(Row row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.getString("topic"),
                row.getString("record_key"), row.getString("payload"));
        String traceparent = row.getString("trace_parent");
        if (traceparent != null) {
            record.headers().add(Tracing.TRACEPARENT, traceparent.getBytes(StandardCharsets.US_ASCII));
        }
        return record;
    }

    /** Epoch ms of the last relay round that reached the database (and Kafka, when there was something to send). */
    public long lastSuccess() {
        return lastSuccess;
    }

    /** Rows not yet acknowledged by Kafka. */
    public long backlog() {
        return pool.query("select count(*) from outbox where sent_at is null").execute()
                .await().atMost(Duration.ofSeconds(5)).iterator().next().getLong(0);
    }

    @Scheduled(every = "1h", delayed = "5m")
    void purgeSent() {
        try {
            pool.query("delete from outbox where sent_at < now() - interval '3 days'").execute()
                    .await().atMost(Duration.ofMinutes(1));
        } catch (RuntimeException e) {
            LOG.warnf("outbox purge skipped: %s", rootMessage(e));
        }
    }

    void close(@Observes ShutdownEvent ignored) {
        loop.stop();
    }

    /** The root cause with its message: Kafka's and the relay's own failures, which quote no record. */
    static String rootMessage(Throwable e) {
        Throwable t = Failures.root(e);
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
