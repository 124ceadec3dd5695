package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.HeldPlaces;
import id.antreanonline.antrean.PatientKind;
import id.antreanonline.antrean.SimrsCommand;
import id.antreanonline.antrean.client.PatientRecord;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.antrean.repository.SimrsCommandRepository;
import id.antreanonline.outbox.Columns;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.outbox.PipelinedTransaction;
import id.antreanonline.outbox.PipelinedTransaction.Ending;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Gives queue numbers to the bookings of one schedule in batches. The requests that arrive while the schedule's
 * previous batch is in its transaction wait together, and the next transaction takes them all in arrival order: one
 * row lock, one commit, the statements sent together, the places read from the schedule row instead of counted. The
 * row lock ({@code select ... for update}) still serialises the batches of one schedule across replicas, so a number
 * is given once and the quota is never oversold; schedules do not wait for each other. Patients are found in the
 * read model of pasien-service's records ({@code patient_ref}); one not there yet is answered
 * {@link Outcome.Kind#PATIENT_NOT_HERE} and the caller asks pasien-service, outside any lock.
 */
@ApplicationScoped
public class BookingBatches {

    /** A schedule row as {@link #scheduleOf} reads it. */
    static final String SCHEDULE_COLUMNS = "id, kodepoli, namapoli, kodedokter, namadokter, tanggal, jampraktek,"
            + " kuota_jkn, kuota_nonjkn, libur, last_number, held_jkn, held_nonjkn";
    private static final String LOCK_SCHEDULE = "select " + SCHEDULE_COLUMNS + " from doctor_schedule"
            + " where kodepoli = $1 and kodedokter = $2 and tanggal = $3 and jampraktek = $4 for update";
    static final String FIND_PATIENTS = "select norm, nomorkartu, nik, complete from patient_ref"
            + " where norm = any($1) or nomorkartu = any($2) or nik = any($3) order by occurred_at";
    /**
     * The active bookings of these patients, each at its own poli on its own day ({@code $1}-{@code $4}: the polis,
     * days, NIKs and card numbers, one of each per patient): one index lookup per patient (by NIK, then by card number)
     * on the unique indexes of a patient's booking of the day, never a scan of a day or of all bookings, however old
     * PostgreSQL's statistics are. Written as {@code nik = any(..) or nomorkartu = any(..)}, or even as
     * {@code nik = any(..)} alone, PostgreSQL read every active booking of the day whenever its statistics were older
     * than the day's bookings (always, for a day whose quota has just opened): it may leave an {@code any(..)} out of
     * the index's condition, never a plain equality, which the lateral look-up per patient is.
     */
    static final String ACTIVE_BOOKINGS = "select b.* from unnest($1::varchar[], $2::date[], $3::varchar[],"
            + " $4::varchar[]) as k(kodepoli, tanggal, nik, kartu) cross join lateral (select kodebooking, kodepoli,"
            + " tanggal, nik, nomorkartu from booking where kodepoli = k.kodepoli and tanggal = k.tanggal"
            + " and status = 'ACTIVE' and nik = k.nik limit 1) b"
            + " union all select b.* from unnest($1::varchar[], $2::date[], $3::varchar[], $4::varchar[])"
            + " as k(kodepoli, tanggal, nik, kartu) cross join lateral (select kodebooking, kodepoli, tanggal, nik,"
            + " nomorkartu from booking where kodepoli = k.kodepoli and tanggal = k.tanggal and status = 'ACTIVE'"
            + " and nomorkartu = k.kartu limit 1) b";
    private static final String REFERENCES_IN_USE = "select nomorreferensi from booking where nomorreferensi = any($1)"
            + " and status = 'ACTIVE' and tanggal >= $2 and finished_at is null";
    private static final String INSERT_BOOKINGS = "insert into booking (kodebooking, schedule_id, kodepoli, tanggal,"
            + " angkaantrean, nomorantrean, jenispasien, nomorkartu, nik, nohp, norm, jeniskunjungan, nomorreferensi,"
            + " pasienbaru, source, status, estimasidilayani, created_at)"
            + " select b.kodebooking, $1, $2, $3, b.angka, b.nomor, b.jenis, b.kartu, b.nik, b.nohp, b.norm,"
            + " b.kunjungan, b.referensi, b.baru, b.source, 'ACTIVE', b.estimasi, $4"
            + " from unnest($5::varchar[], $6::int[], $7::varchar[], $8::varchar[], $9::varchar[], $10::varchar[],"
            + " $11::varchar[], $12::varchar[], $13::int[], $14::varchar[], $15::int[], $16::varchar[], $17::bigint[])"
            + " as b(kodebooking, angka, nomor, jenis, kartu, nik, nohp, norm, kunjungan, referensi, baru, source,"
            + " estimasi)";
    /** Every write of a batch in one statement: its bookings, the schedule's last number, the bookings' events. */
    private static final String WRITE_BATCH = "with taken as (" + INSERT_BOOKINGS + "),"
            + " moved as (update doctor_schedule set last_number = $18 where id = $1),"
            + " published as (" + Outbox.insertFrom(19) + ") select 1";

    /** The schedule a booking asks for, as Mobile JKN names it. */
    record Slot(String kodepoli, String kodedokter, LocalDate tanggal, String jampraktek) {

        static Slot of(BookingOrder order) {
            return new Slot(order.kodepoli(), order.kodedokter(), order.tanggal(), order.jampraktek());
        }
    }

    /** How a booking came out of its batch (a refusal fails the Uni with {@link BookingRefused} instead). */
    public record Outcome(Kind kind, BookingReceipt receipt) {

        public enum Kind {
            TAKEN,
            /** The patient is not (yet) in the read model: ask pasien-service, then take again with the answer. */
            PATIENT_NOT_HERE,
            /** No schedule for this poli, doctor, date and hours: the caller works out which message says so. */
            NO_SCHEDULE
        }

        static final Outcome PATIENT_NOT_HERE = new Outcome(Kind.PATIENT_NOT_HERE, null);
        static final Outcome NO_SCHEDULE = new Outcome(Kind.NO_SCHEDULE, null);

        static Outcome taken(BookingReceipt receipt) {
            return new Outcome(Kind.TAKEN, receipt);
        }
    }

    /**
     * A booking waiting for its batch; {@code patient} null when the read model is to find the patient, {@code command}
     * null unless a caller sent it under its own event id (remembered with the booking, in its transaction).
     */
    private record Claim(BookingOrder order, BookingSource source, PatientRecord patient, SimrsCommand command,
            CompletableFuture<Outcome> answer) {
    }

    private final Pool pool;
    private final Outbox outbox;
    private final SimrsCommandRepository commands;
    private final BookingEvents events;
    private final AntreanConfig config;
    private final Clock clock;
    private final DistributionSummary batchSizes;
    private final Map<Slot, Lane> lanes = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private final long pacingNanos;

    BookingBatches(Pool pool, Outbox outbox, SimrsCommandRepository commands, BookingEvents events,
            AntreanConfig config, Clock clock, MeterRegistry registry, Vertx vertx) {
        this.vertx = vertx;
        this.pacingNanos = config.booking().batchPacing().toNanos();
        this.pool = pool;
        this.outbox = outbox;
        this.commands = commands;
        this.events = events;
        this.config = config;
        this.clock = clock;
        this.batchSizes = DistributionSummary.builder("booking.batch.size")
                .description("Bookings given their numbers in one transaction").register(registry);
    }

    /** Takes a number for the order in the next batch of its schedule. */
    public Uni<Outcome> take(BookingOrder order, BookingSource source, PatientRecord patient) {
        return take(order, source, patient, null);
    }

    /** The same, remembering the caller's command with the booking when one is taken. */
    public Uni<Outcome> take(BookingOrder order, BookingSource source, PatientRecord patient, SimrsCommand command) {
        Context caller = Vertx.currentContext();
        Claim claim = new Claim(order, source, patient, command, new CompletableFuture<>());
        lanes.computeIfAbsent(Slot.of(order), Lane::new).submit(claim);
        Uni<Outcome> answer = Uni.createFrom().completionStage(claim.answer());
        // answered on the caller's own event loop, as if the work had been done there
        return caller == null ? answer : answer.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    /** The claims of one schedule, taken in turn by one transaction at a time of this replica. */
    private final class Lane {

        private final Slot slot;
        private final Queue<Claim> waiting = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean busy = new AtomicBoolean();
        /** When this lane's last batch began (System.nanoTime), 0 before its first; read and written while busy. */
        private long lastBatch;

        Lane(Slot slot) {
            this.slot = slot;
        }

        void submit(Claim claim) {
            waiting.add(claim);
            drainIfIdle();
        }

        /**
         * Whoever finds the lane idle runs the next batch; the batch's end looks again (a claim may have come). With
         * {@code antrean.booking.batch-pacing}, a batch that would begin sooner than that after the lane's last one
         * waits out the rest: under a steady stream it takes more claims, and the stack spends less per booking.
         */
        private void drainIfIdle() {
            if (waiting.isEmpty() || !busy.compareAndSet(false, true)) {
                return;
            }
            long early = lastBatch == 0 ? 0 : lastBatch + pacingNanos - System.nanoTime();
            long millis = TimeUnit.NANOSECONDS.toMillis(early);
            if (millis > 0) {
                vertx.setTimer(millis, ignored -> runBatch());
            } else {
                runBatch();
            }
        }

        private void runBatch() {
            lastBatch = System.nanoTime();
            List<Claim> batch = new ArrayList<>();
            int most = Math.max(1, config.booking().maxBatch());
            for (Claim c = waiting.poll(); c != null; c = batch.size() < most ? waiting.poll() : null) {
                batch.add(c);
            }
            run(slot, batch).subscribe().with(done -> next(), failure -> next());
        }

        private void next() {
            busy.set(false);
            if (waiting.isEmpty()) {
                // an idle lane leaves the map; a claim racing with this finds it or a new one: the row lock still holds
                lanes.remove(slot, this);
            }
            drainIfIdle();
        }
    }

    /** Runs one batch and answers each claim; never fails (a failure is each claim's answer). */
    private Uni<Void> run(Slot slot, List<Claim> batch) {
        batchSizes.record(batch.size());
        return Uni.createFrom().deferred(() -> PipelinedTransaction.runEnding(pool, conn -> numbers(conn, slot, batch)))
                .onItemOrFailure().transformToUni((answers, failure) -> {
                    if (failure == null) {
                        if (answers.stream().anyMatch(a -> a instanceof Outcome o && o.kind() == Outcome.Kind.TAKEN)) {
                            outbox.written();
                        }
                        for (int i = 0; i < batch.size(); i++) {
                            answer(batch.get(i), answers.get(i));
                        }
                        return Uni.createFrom().voidItem();
                    }
                    if (batch.size() > 1 && QueueLedger.isDuplicateBooking(failure)) {
                        // a patient booked at another schedule of the same poli and day in the same instant: one at
                        // a time, so that only that patient is refused
                        return Multi.createFrom().iterable(batch)
                                .onItem().transformToUniAndConcatenate(c -> run(slot, List.of(c)))
                                .collect().last().replaceWithVoid();
                    }
                    batch.forEach(c -> c.answer().completeExceptionally(failure));
                    return Uni.createFrom().voidItem();
                });
    }

    private static void answer(Claim claim, Object answer) {
        if (answer instanceof Outcome outcome) {
            claim.answer().complete(outcome);
        } else {
            claim.answer().completeExceptionally((Throwable) answer);
        }
    }

    /**
     * The batch's transaction: lock the schedule and read what the batch's patients and referrals already hold, decide
     * each claim in order, then write the bookings, their events and the last number together. The answers are an
     * {@link Outcome} or a {@link BookingRefused} per claim, in the batch's order.
     */
    private Uni<Ending<List<Object>>> numbers(SqlConnection conn, Slot slot, List<Claim> batch) {
        // sent together, with the transaction's BEGIN, in one round trip: PostgreSQL runs them in this order, so the
        // reads come after the lock and see every booking of the batches before
        Uni<RowSet<Row>> schedule = conn.preparedQuery(LOCK_SCHEDULE)
                .execute(Tuple.of(slot.kodepoli(), slot.kodedokter(), slot.tanggal(), slot.jampraktek()));
        Uni<Patients> patients = patientsOf(conn, batch);
        Uni<RowSet<Row>> booked = conn.preparedQuery(ACTIVE_BOOKINGS).execute(activeBookingsOf(
                Collections.nCopies(batch.size(), slot), column(batch, c -> c.order().nik()),
                column(batch, c -> c.order().nomorkartu())));
        Uni<RowSet<Row>> references = conn.preparedQuery(REFERENCES_IN_USE).execute(Tuple.of(
                column(batch, c -> c.order().nomorreferensi()), Wib.dateOf(clock.millis())));
        return Uni.combine().all().unis(schedule, patients, booked, references).asTuple().chain(found -> {
            DoctorSchedule s = scheduleOf(found.getItem1());
            if (s == null) {
                return Uni.createFrom().item(Ending.nothingMore(same(batch, Outcome.NO_SCHEDULE)));
            }
            if (s.closedAt(clock.instant())) {
                return Uni.createFrom().item(
                        Ending.nothingMore(same(batch, new BookingRefused(WsrsMessages.REGISTRATION_CLOSED))));
            }
            return decide(conn, s, batch, found.getItem2(), found.getItem3(), found.getItem4());
        });
    }

    private Uni<Ending<List<Object>>> decide(SqlConnection conn, DoctorSchedule s, List<Claim> batch, Patients patients,
            RowSet<Row> bookedRows, RowSet<Row> referenceRows) {
        Set<String> booked = new HashSet<>();
        for (Row r : bookedRows) {
            booked.add("nik:" + r.getString("nik"));
            if (r.getString("nomorkartu") != null) {
                booked.add("kartu:" + r.getString("nomorkartu"));
            }
        }
        Set<String> referencesInUse = new HashSet<>();
        referenceRows.forEach(r -> referencesInUse.add(r.getString("nomorreferensi")));
        HeldPlaces held = s.held();
        int last = s.lastNumber;
        List<Object> answers = new ArrayList<>(batch.size());
        List<Booking> taken = new ArrayList<>();
        List<Outbox.Event> published = new ArrayList<>();
        List<SimrsCommand> remembered = new ArrayList<>();
        List<String> rememberedBookings = new ArrayList<>();
        for (Claim c : batch) {
            BookingOrder order = c.order();
            PatientRecord patient = c.patient() != null ? c.patient() : patients.of(order);
            if (patient == null) {
                answers.add(Outcome.PATIENT_NOT_HERE);
                continue;
            }
            PatientKind kind = order.patientKind();
            String nik = "nik:" + order.nik();
            String kartu = order.nomorkartu() == null ? null : "kartu:" + order.nomorkartu();
            if (booked.contains(nik) || (kartu != null && booked.contains(kartu))) {
                answers.add(new BookingRefused(WsrsMessages.ONE_BOOKING_PER_DAY));
            } else if (order.nomorreferensi() != null && referencesInUse.contains(order.nomorreferensi())) {
                answers.add(new BookingRefused(Messages.REFERENCE_IN_USE));
            } else if (held.full(kind, s)) {
                answers.add(new BookingRefused(
                        kind == PatientKind.JKN ? Messages.JKN_QUOTA_FULL : Messages.NON_JKN_QUOTA_FULL));
            } else {
                last += 1;
                held = held.plusOne(kind);
                Booking b = newBooking(order, s, last, patient, c.source());
                taken.add(b);
                published.addAll(events.of(b, BookingEvent.Kind.CREATED, s, held, null, null));
                answers.add(Outcome.taken(BookingReceipt.of(b, s, held, events.note(b))));
                if (c.command() != null) {
                    remembered.add(c.command());
                    rememberedBookings.add(b.kodebooking);
                }
                booked.add(nik);
                if (kartu != null) {
                    booked.add(kartu);
                }
                if (order.nomorreferensi() != null) {
                    referencesInUse.add(order.nomorreferensi());
                }
            }
        }
        if (taken.isEmpty()) {
            return Uni.createFrom().item(Ending.nothingMore(answers));
        }
        // throws when an event cannot be serialised: inside the chain, so the batch fails and writes nothing
        Tuple writes = writesOf(s, taken, last, published);
        if (remembered.isEmpty()) {
            // Mobile JKN's batches: the writes go together with the COMMIT, in one round trip
            return Uni.createFrom().item(new Ending<>(answers, () -> conn.preparedQuery(WRITE_BATCH).execute(writes)));
        }
        // only a batch holding a SIMRS's command writes one more statement, and commits after both are done
        return Uni.combine().all().unis(conn.preparedQuery(WRITE_BATCH).execute(writes),
                commands.rememberAll(conn, remembered, rememberedBookings, taken.get(0).createdAt))
                .discardItems().replaceWith(Ending.nothingMore(answers));
    }

    private Uni<Patients> patientsOf(SqlConnection conn, List<Claim> batch) {
        List<Claim> unresolved = batch.stream().filter(c -> c.patient() == null).toList();
        if (unresolved.isEmpty()) {
            return Uni.createFrom().item(new Patients(List.of()));
        }
        return conn.preparedQuery(FIND_PATIENTS)
                .execute(Tuple.of(column(unresolved, c -> c.order().norm()),
                        column(unresolved, c -> c.order().nomorkartu()), column(unresolved, c -> c.order().nik())))
                .map(rows -> {
                    List<Row> list = new ArrayList<>();
                    rows.forEach(list::add);
                    return new Patients(list);
                });
    }

    /**
     * The patients the read model knows, found the way pasien-service finds them: by norm when the booking gives one,
     * else by card number, else by NIK (the latest record when several hold it).
     */
    private static final class Patients {

        private final Map<String, PatientRecord> byNorm = new HashMap<>();
        private final Map<String, PatientRecord> byCard = new HashMap<>();
        private final Map<String, PatientRecord> byNik = new HashMap<>();

        Patients(List<Row> rows) {
            // rows come oldest change first: a later record holding the same card or NIK wins
            for (Row r : rows) {
                PatientRecord p = new PatientRecord(r.getString("norm"), r.getBoolean("complete"));
                byNorm.put(p.norm(), p);
                if (r.getString("nomorkartu") != null) {
                    byCard.put(r.getString("nomorkartu"), p);
                }
                if (r.getString("nik") != null) {
                    byNik.put(r.getString("nik"), p);
                }
            }
        }

        PatientRecord of(BookingOrder order) {
            if (order.norm() != null) {
                return byNorm.get(order.norm());
            }
            if (order.nomorkartu() != null) {
                return byCard.get(order.nomorkartu());
            }
            return byNik.get(order.nik());
        }
    }

    /** The parameters of {@link #WRITE_BATCH}; IllegalArgumentException when an event cannot be serialised. */
    private Tuple writesOf(DoctorSchedule s, List<Booking> taken, int last, List<Outbox.Event> published) {
        List<Object> values = new ArrayList<>(List.of(s.id, s.kodepoli, s.tanggal, taken.get(0).createdAt,
                Columns.of(taken, b -> b.kodebooking, String[]::new),
                Columns.of(taken, b -> b.angkaantrean, Integer[]::new),
                Columns.of(taken, b -> b.nomorantrean, String[]::new),
                Columns.of(taken, b -> b.patientKind.wire(), String[]::new),
                Columns.of(taken, b -> b.nomorkartu, String[]::new), Columns.of(taken, b -> b.nik, String[]::new),
                Columns.of(taken, b -> b.nohp, String[]::new), Columns.of(taken, b -> b.norm, String[]::new),
                Columns.of(taken, b -> b.jeniskunjungan, Integer[]::new),
                Columns.of(taken, b -> b.nomorreferensi, String[]::new),
                Columns.of(taken, b -> b.newPatient ? 1 : 0, Integer[]::new),
                Columns.of(taken, b -> b.source.name(), String[]::new),
                Columns.of(taken, b -> b.estimasidilayani, Long[]::new), last));
        values.addAll(outbox.columns(published));
        return Tuple.tuple(values);
    }

    private Booking newBooking(BookingOrder order, DoctorSchedule s, int number, PatientRecord patient,
            BookingSource source) {
        Booking b = new Booking();
        b.kodebooking = KodeBooking.next();
        b.scheduleId = s.id;
        b.kodepoli = s.kodepoli;
        b.tanggal = s.tanggal;
        b.angkaantrean = number;
        b.nomorantrean = config.prefixOf(s.kodepoli) + "-" + number;
        b.patientKind = order.patientKind();
        b.nomorkartu = order.nomorkartu();
        b.nik = order.nik();
        b.nohp = order.nohp();
        b.norm = patient.norm() != null ? patient.norm() : order.norm();
        b.jeniskunjungan = order.jeniskunjungan();
        b.nomorreferensi = order.nomorreferensi();
        b.newPatient = !patient.complete();
        b.source = source;
        b.status = Booking.Status.ACTIVE;
        b.estimasidilayani = estimate(s, number);
        b.createdAt = clock.millis();
        return b;
    }

    /** Start of the practice hours on the visit date (WIB) plus the patients before this one. */
    long estimate(DoctorSchedule s, int angkaantrean) {
        ZonedDateTime start = s.tanggal.atTime(s.opens()).atZone(Wib.ZONE);
        return start.toInstant().toEpochMilli()
                + (long) (angkaantrean - 1) * config.minutesPerPatientOf(s.kodepoli) * 60_000L;
    }

    private static DoctorSchedule scheduleOf(RowSet<Row> rows) {
        return rows.size() == 0 ? null : scheduleOf(rows.iterator().next());
    }

    /** A row of {@link #SCHEDULE_COLUMNS}, with the places held and the last number given. */
    static DoctorSchedule scheduleOf(Row r) {
        DoctorSchedule s = new DoctorSchedule();
        s.id = r.getLong("id");
        s.kodepoli = r.getString("kodepoli");
        s.namapoli = r.getString("namapoli");
        s.kodedokter = r.getString("kodedokter");
        s.namadokter = r.getString("namadokter");
        s.tanggal = r.getLocalDate("tanggal");
        s.jampraktek = r.getString("jampraktek");
        s.kuotaJkn = r.getInteger("kuota_jkn");
        s.kuotaNonJkn = r.getInteger("kuota_nonjkn");
        s.libur = r.getBoolean("libur");
        s.lastNumber = r.getInteger("last_number");
        s.heldJkn = r.getInteger("held_jkn");
        s.heldNonJkn = r.getInteger("held_nonjkn");
        return s;
    }

    private static List<Object> same(List<Claim> batch, Object answer) {
        List<Object> answers = new ArrayList<>(batch.size());
        batch.forEach(c -> answers.add(answer));
        return answers;
    }

    /** {@link #ACTIVE_BOOKINGS}'s parameters: each patient's slot (its poli and day), NIK and card number. */
    static Tuple activeBookingsOf(List<Slot> slots, String[] niks, String[] cards) {
        return Tuple.of(slots.stream().map(Slot::kodepoli).toArray(String[]::new),
                slots.stream().map(Slot::tanggal).toArray(LocalDate[]::new), niks, cards);
    }

    private static String[] column(List<Claim> claims, Function<Claim, String> value) {
        return claims.stream().map(value).toArray(String[]::new);
    }
}
