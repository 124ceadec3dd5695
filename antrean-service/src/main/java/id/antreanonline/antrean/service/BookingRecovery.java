package id.antreanonline.antrean.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.outbox.TopicHistory;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.Topics;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The catch-up after a point-in-time restore of the database: the bookings, cancellations and check-ins committed
 * after the restore point are gone here, but their events are on {@code antrean.bookings}. Read from a time, folded per
 * kodebooking, they give back every booking missing here (with its own code, numbers, times and patient, the numbering
 * going on after it) and bring forward those behind their events (cancelled or checked in since). Nothing is published:
 * BPJS and the other services have these events already. A booking here that contradicts its events (another booking
 * holds its number: a number given twice) is reported and left as it is. Decided under the schedules' row locks, so
 * replicas running it together, or a second run, change nothing more.
 */
@ApplicationScoped
public class BookingRecovery {

    private static final Logger LOG = Logger.getLogger(BookingRecovery.class);
    private static final String NEWEST_CHANGE = "select greatest(max(created_at), max(cancelled_at),"
            + " max(checked_in_at)) from booking";
    // in one statement, in slot order: replicas restoring the same schedules insert them in the same order
    private static final String RESTORE_SCHEDULES = "insert into doctor_schedule (kodepoli, namapoli, kodedokter,"
            + " namadokter, tanggal, jampraktek, kuota_jkn, kuota_nonjkn)"
            + " select * from unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::date[],"
            + " $6::varchar[], $7::int[], $8::int[])"
            + " on conflict (kodepoli, kodedokter, tanggal, jampraktek) do nothing returning id";
    private static final String CANCEL = "update booking set status = 'CANCELLED', cancelled_at = $2,"
            + " cancelled_by = $3, cancel_reason = $4 where kodebooking = $1 and status = 'ACTIVE'";

    /** What a catch-up did, or (dry run) would do; times in epoch ms. */
    public record Report(boolean dryRun, long since, long readFrom, long eventsRead, int restored, int updated,
            int alreadyHere, int schedulesRestored, List<Conflict> conflicts) {
    }

    /** A booking whose events contradict what is stored, left as it is. */
    public record Conflict(String kodebooking, String reason) {
    }

    private final Pool pool;
    private final TopicHistory history;
    private final ObjectMapper mapper;
    private final AntreanConfig config;

    BookingRecovery(Pool pool, TopicHistory history, ObjectMapper mapper, AntreanConfig config) {
        this.pool = pool;
        this.history = history;
        this.mapper = mapper;
        this.config = config;
    }

    /** The newest booking change the database holds (epoch ms), null when it holds no booking. */
    public Uni<Long> newestChange() {
        return pool.query(NEWEST_CHANGE).execute().map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Catches up from the events published since {@code sinceMillis} (less the margin); dry run: writes nothing. The
     * events are taken {@code antrean.recovery.chunk} bookings at a time, each chunk decided (and written, in a
     * transaction of its own) before the next is read: a restart after a burst of bookings (Mobile JKN opening a
     * city's quota) reads hundreds of thousands of events in the margin, which held at once did not fit the service's
     * heap. A booking restored by one chunk whose later events are in another is counted once, as restored.
     */
    public Uni<Report> recover(long sinceMillis, boolean dryRun) {
        long readFrom = Math.max(0, sinceMillis - config.recovery().margin().toMillis());
        return Uni.createFrom().item(() -> catchUp(sinceMillis, readFrom, dryRun))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .invoke(r -> LOG.infof("booking catch-up%s from %d: %d events, %d restored, %d updated, %d already"
                        + " here, %d schedules restored, %d conflicts", dryRun ? " (dry run)" : "", readFrom,
                        r.eventsRead(), r.restored(), r.updated(), r.alreadyHere(), r.schedulesRestored(),
                        r.conflicts().size()));
    }

    /** Reads the events since {@code readFrom} and decides them chunk by chunk; blocking (a worker thread). */
    private Report catchUp(long since, long readFrom, boolean dryRun) {
        List<Report> chunks = new ArrayList<>();
        // the codes restored by the chunks so far (none at all at an ordinary start)
        Set<String> restored = new HashSet<>();
        Events[] chunk = { new Events() };
        int most = Math.max(1, config.recovery().chunk());
        long read = history.read(Topics.BOOKINGS, readFrom, r -> {
            chunk[0].add(r, mapper);
            if (chunk[0].bookings.size() >= most) {
                chunks.add(settle(new Decisions(dryRun, since, readFrom, chunk[0], restored)));
                chunk[0] = new Events();
            }
        });
        chunks.add(settle(new Decisions(dryRun, since, readFrom, chunk[0], restored)));
        List<Conflict> conflicts = chunks.stream().flatMap(c -> c.conflicts().stream()).toList();
        return new Report(dryRun, since, readFrom, read, chunks.stream().mapToInt(Report::restored).sum(),
                chunks.stream().mapToInt(Report::updated).sum(), chunks.stream().mapToInt(Report::alreadyHere).sum(),
                chunks.stream().mapToInt(Report::schedulesRestored).sum(), conflicts);
    }

    /** One chunk's decisions, written unless a dry run; blocking. */
    private Report settle(Decisions d) {
        if (d.histories.isEmpty()) {
            return d.report();
        }
        Uni<Void> done = d.dryRun ? pool.withConnection(conn -> decide(conn, d))
                : pool.withTransaction(conn -> restoreSchedules(conn, d)
                        .chain(() -> decide(conn, d))
                        .chain(() -> write(conn, d)));
        Report report = done.map(ignored -> d.report()).await().indefinitely();
        d.stored.taken().forEach(b -> d.restoredEarlier.add(b.kodebooking));
        return report;
    }

    /** The events read, folded per booking in the order of their first event. */
    private static final class Events {
        final Map<String, BookingHistory> bookings = new LinkedHashMap<>();

        void add(ConsumerRecord<String, String> record, ObjectMapper mapper) {
            try {
                BookingEvent e = record.value() == null ? null : mapper.readValue(record.value(), BookingEvent.class);
                if (!BookingHistory.complete(e)) {
                    throw new IllegalArgumentException("incomplete booking event");
                }
                bookings.computeIfAbsent(e.booking().kodebooking(), k -> new BookingHistory()).apply(e);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // the consumers sent it to the dead-letter topic when it came; it restores nothing, and stops nothing
                LOG.warnf("skipped an unreadable or incomplete booking event at %s-%d offset %d", record.topic(),
                        record.partition(), record.offset());
            }
        }
    }

    /** The schedules named by the events and lost with the restore, from the events' snapshots. */
    private Uni<Void> restoreSchedules(SqlConnection conn, Decisions d) {
        Map<BookingBatches.Slot, DoctorSchedule> named = new LinkedHashMap<>();
        d.histories.stream().sorted(Comparator.comparing(h -> h.slot().toString()))
                .forEach(h -> named.putIfAbsent(h.slot(), h.schedule()));
        List<DoctorSchedule> s = new ArrayList<>(named.values());
        return conn.preparedQuery(RESTORE_SCHEDULES).execute(Tuple.tuple(List.of(
                s.stream().map(x -> x.kodepoli).toArray(String[]::new),
                s.stream().map(x -> x.namapoli).toArray(String[]::new),
                s.stream().map(x -> x.kodedokter).toArray(String[]::new),
                s.stream().map(x -> x.namadokter).toArray(String[]::new),
                s.stream().map(x -> x.tanggal).toArray(LocalDate[]::new),
                s.stream().map(x -> x.jampraktek).toArray(String[]::new),
                s.stream().map(x -> x.kuotaJkn).toArray(Integer[]::new),
                s.stream().map(x -> x.kuotaNonJkn).toArray(Integer[]::new))))
                .invoke(rows -> d.schedulesRestored = rows.rowCount())
                .replaceWithVoid();
    }

    private Uni<Void> decide(SqlConnection conn, Decisions d) {
        List<BookingBatches.Slot> slots = d.histories.stream().map(BookingHistory::slot).distinct().toList();
        return d.stored.read(conn, slots, d.histories.stream().map(BookingHistory::kodebooking).toList(), d.dryRun)
                .chain(() -> d.stored.readActive(conn, d.histories.stream().map(BookingHistory::slot).toList(),
                        d.histories.stream().map(BookingHistory::nik).toArray(String[]::new),
                        d.histories.stream().map(BookingHistory::nomorkartu).toArray(String[]::new)))
                .invoke(() -> d.histories.forEach(d::decide));
    }

    private static Uni<Void> write(SqlConnection conn, Decisions d) {
        List<Tuple> cancellations = d.cancellations.stream().map(b -> Tuple.of(b.kodebooking, b.cancelledAt,
                b.cancelledBy == null ? null : b.cancelledBy.name(), b.cancelReason)).toList();
        List<Tuple> checkIns = d.checkIns.stream().map(h -> Tuple.of(h.kodebooking(), h.checkIn().waktu(),
                h.checkIn().taskid())).toList();
        Uni<Void> written = d.stored.write(conn);
        if (!cancellations.isEmpty()) {
            written = written.chain(() -> conn.preparedQuery(CANCEL).executeBatch(cancellations)).replaceWithVoid();
        }
        if (!checkIns.isEmpty()) {
            written = written.chain(() -> conn.preparedQuery(QueueLedger.RECORD_CHECK_IN).executeBatch(checkIns))
                    .replaceWithVoid();
        }
        return written;
    }

    /** What the events decide, booking by booking, against what is stored. */
    private static final class Decisions {

        final boolean dryRun;
        final long since;
        final long readFrom;
        final List<BookingHistory> histories;
        final LockedSchedules stored = new LockedSchedules();
        final List<Booking> cancellations = new ArrayList<>();
        final List<BookingHistory> checkIns = new ArrayList<>();
        final List<Conflict> conflicts = new ArrayList<>();
        int updated;
        int alreadyHere;
        int schedulesRestored;

        /** The codes earlier chunks of the same catch-up restored (or, in a dry run, would have). */
        final Set<String> restoredEarlier;

        Decisions(boolean dryRun, long since, long readFrom, Events events, Set<String> restoredEarlier) {
            this.restoredEarlier = restoredEarlier;
            this.dryRun = dryRun;
            this.since = since;
            this.readFrom = readFrom;
            this.histories = List.copyOf(events.bookings.values());
        }

        void decide(BookingHistory h) {
            BookingBatches.Slot slot = h.slot();
            Booking here = stored.here.get(h.kodebooking());
            boolean earlier = restoredEarlier.contains(h.kodebooking());
            if (here == null && earlier) {
                // a dry run's booking an earlier chunk would have restored: counted there
                return;
            }
            if (here != null) {
                // restored by an earlier chunk of this catch-up from its earlier events: the same booking, whatever
                // its later snapshots say (as when all its events are folded in one chunk)
                List<String> differ = earlier ? List.of() : h.differences(here, stored.hereSlot.get(h.kodebooking()));
                if (!differ.isEmpty()) {
                    conflicts.add(new Conflict(h.kodebooking(), "Kode booking sudah ada dengan isi berbeda ("
                            + String.join(", ", differ) + "); tidak diubah"));
                    return;
                }
                boolean cancel = h.cancelled() && here.active();
                boolean checkIn = h.checkIn() != null && here.checkedInAt == null;
                if (cancel) {
                    cancellations.add(h.cancellationOf(here));
                }
                if (checkIn) {
                    checkIns.add(h);
                }
                if (earlier) {
                    // counted as restored, by the chunk that restored it
                    return;
                }
                if (cancel || checkIn) {
                    updated++;
                } else {
                    alreadyHere++;
                }
                return;
            }
            DoctorSchedule s = stored.schedules.get(slot);
            if (s == null && dryRun) {
                // lost with the restore: a real run restores it from the events first
                s = h.schedule();
                stored.schedule(s);
                schedulesRestored++;
            }
            if (s == null) {
                conflicts.add(new Conflict(h.kodebooking(), "Jadwal dokter tidak ditemukan; tidak dipulihkan"));
                return;
            }
            String holder = stored.numberHolder(slot, h.angkaantrean());
            if (holder != null) {
                conflicts.add(new Conflict(h.kodebooking(), "Nomor antrean " + h.angkaantrean() + " pada jadwal ini"
                        + " sudah dipegang kode booking " + holder + " (nomor diberikan dua kali); tidak dipulihkan"));
                return;
            }
            if (!h.cancelled()) {
                String other = stored.activeBookingOf(slot, h.nik(), h.nomorkartu());
                if (other != null) {
                    conflicts.add(new Conflict(h.kodebooking(), "Pasien sudah memiliki antrean aktif di poli ini pada"
                            + " tanggal ini (kode booking " + other + "); tidak dipulihkan"));
                    return;
                }
            }
            stored.take(h.toBooking(s), slot);
        }

        Report report() {
            // the events read are counted by the whole catch-up, not by a chunk
            return new Report(dryRun, since, readFrom, 0, stored.taken().size(), updated, alreadyHere,
                    schedulesRestored, List.copyOf(conflicts));
        }
    }
}
