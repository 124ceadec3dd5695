package id.antreanonline.antrean.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.PatientKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Bookings that were given somewhere else than a Mobile JKN batch (the previous queue system's export, Kafka's events
 * after a restore of the database), decided against what the schedules they are on hold: their bookings, the numbers
 * taken, the patients' active bookings. Read under the row locks Mobile JKN's batches take (a dry run reads without
 * them), and written with their own numbers, the numbering going on after the highest.
 */
final class LockedSchedules {

    private static final String FIND_SCHEDULES = "select " + BookingBatches.SCHEDULE_COLUMNS
            + " from doctor_schedule where (kodepoli, kodedokter, tanggal, jampraktek)"
            + " in (select * from unnest($1::varchar[], $2::varchar[], $3::date[], $4::varchar[]))";
    private static final String LOCK_SCHEDULES = FIND_SCHEDULES + " order by id for update";
    private static final String BOOKINGS_HERE = "select " + QueueLedger.BOOKING_COLUMNS + ", s.kodepoli,"
            + " s.kodedokter, s.tanggal, s.jampraktek"
            + " from booking b join doctor_schedule s on s.id = b.schedule_id where b.kodebooking = any($1)";
    private static final String NUMBERS_TAKEN = "select schedule_id, angkaantrean, kodebooking from booking"
            + " where schedule_id = any($1)";
    private static final String INSERT_BOOKING = "insert into booking (kodebooking, schedule_id, kodepoli, tanggal,"
            + " angkaantrean, nomorantrean, jenispasien, nomorkartu, nik, nohp, norm, jeniskunjungan, nomorreferensi,"
            + " pasienbaru, source, status, estimasidilayani, created_at, cancelled_at, cancelled_by, cancel_reason,"
            + " checked_in_at, checkin_task, called_at, finished_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,"
            + " $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)";
    // the numbering goes on after the numbers written, never back
    private static final String CONTINUE_NUMBERING = "update doctor_schedule set last_number = greatest(last_number, $2)"
            + " where id = $1";

    final Map<BookingBatches.Slot, DoctorSchedule> schedules = new LinkedHashMap<>();
    /** The stored bookings among those asked for, with the schedule each is on. */
    final Map<String, Booking> here = new HashMap<>();
    final Map<String, BookingBatches.Slot> hereSlot = new HashMap<>();
    private final Map<BookingBatches.Slot, Map<Integer, String>> numbers = new HashMap<>();
    private final Map<String, String> activeByPatient = new HashMap<>();
    private final Map<BookingBatches.Slot, Integer> highest = new LinkedHashMap<>();
    private final List<Booking> taken = new ArrayList<>();

    /** The slots among these that have a schedule here (read without a lock). */
    static Uni<Set<BookingBatches.Slot>> existing(SqlClient client, Collection<BookingBatches.Slot> slots) {
        return client.preparedQuery(FIND_SCHEDULES).execute(slotColumns(slots)).map(rows -> {
            Set<BookingBatches.Slot> found = new LinkedHashSet<>();
            rows.forEach(r -> found.add(slotOf(r)));
            return found;
        });
    }

    /**
     * Reads the slots' schedules (locked unless {@code dryRun}), the stored bookings of these codes and every number
     * the schedules have given.
     */
    Uni<Void> read(SqlConnection conn, Collection<BookingBatches.Slot> slots, Collection<String> kodebookings,
            boolean dryRun) {
        return conn.preparedQuery(dryRun ? FIND_SCHEDULES : LOCK_SCHEDULES).execute(slotColumns(slots))
                .invoke(rows -> rows.forEach(r -> schedule(BookingBatches.scheduleOf(r))))
                .chain(() -> conn.preparedQuery(BOOKINGS_HERE).execute(Tuple.of(kodebookings.toArray(String[]::new))))
                .invoke(rows -> rows.forEach(this::bookingHere))
                .chain(() -> conn.preparedQuery(NUMBERS_TAKEN).execute(Tuple.of(schedules.values().stream()
                        .map(s -> s.id).toArray(Long[]::new))))
                .invoke(rows -> rows.forEach(this::numberTaken))
                .replaceWithVoid();
    }

    /**
     * Reads the active bookings of these patients (by NIK or card number; either may be null), each at the poli and
     * on the day of its slot: what {@link #activeBookingOf} is asked.
     */
    Uni<Void> readActive(SqlConnection conn, List<BookingBatches.Slot> slots, String[] niks, String[] cards) {
        return conn.preparedQuery(BookingBatches.ACTIVE_BOOKINGS)
                .execute(BookingBatches.activeBookingsOf(slots, niks, cards))
                .invoke(rows -> rows.forEach(r -> {
                    String kodebooking = r.getString("kodebooking");
                    patientKeys(r.getString("kodepoli"), r.getLocalDate("tanggal"), r.getString("nik"),
                            r.getString("nomorkartu")).forEach(k -> activeByPatient.put(k, kodebooking));
                }))
                .replaceWithVoid();
    }

    /** A schedule the bookings may be on, not read here (a dry run's schedule from HFIS). */
    void schedule(DoctorSchedule s) {
        schedules.put(slotOf(s), s);
    }

    /** The kodebooking that holds this number on the slot's schedule, or null. */
    String numberHolder(BookingBatches.Slot slot, int angkaantrean) {
        return numbers.getOrDefault(slot, Map.of()).get(angkaantrean);
    }

    /** The patient's active booking at this poli on this day (by NIK or card number), or null. */
    String activeBookingOf(BookingBatches.Slot slot, String nik, String nomorkartu) {
        return patientKeys(slot.kodepoli(), slot.tanggal(), nik, nomorkartu).stream().map(activeByPatient::get)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The booking is to be written: its number is taken, and, active, it is its patient's booking of the day. */
    void take(Booking b, BookingBatches.Slot slot) {
        numbers.computeIfAbsent(slot, k -> new HashMap<>()).put(b.angkaantrean, b.kodebooking);
        highest.merge(slot, b.angkaantrean, Math::max);
        if (b.active()) {
            patientKeys(slot.kodepoli(), slot.tanggal(), b.nik, b.nomorkartu)
                    .forEach(k -> activeByPatient.put(k, b.kodebooking));
        }
        taken.add(b);
    }

    List<Booking> taken() {
        return taken;
    }

    /** The highest number taken per slot, in the order first taken. */
    Map<BookingBatches.Slot, Integer> highest() {
        return highest;
    }

    /** Inserts the bookings taken, as they are, and moves each schedule's last number past its highest. */
    Uni<Void> write(SqlConnection conn) {
        if (taken.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> rows = taken.stream().map(LockedSchedules::row).toList();
        List<Tuple> numbering = highest.entrySet().stream()
                .map(e -> Tuple.of(schedules.get(e.getKey()).id, e.getValue())).toList();
        return conn.preparedQuery(INSERT_BOOKING).executeBatch(rows)
                .chain(() -> conn.preparedQuery(CONTINUE_NUMBERING).executeBatch(numbering))
                .replaceWithVoid();
    }

    /** Two bookings with one kodebooking: the fields in which they are not the same booking (empty: the same). */
    static List<String> differences(BookingBatches.Slot slot, int angkaantrean, String nomorantrean, String norm,
            String nik, String nomorkartu, PatientKind kind, Booking stored, BookingBatches.Slot storedSlot) {
        List<String> differ = new ArrayList<>();
        if (!slot.equals(storedSlot)) {
            differ.add("jadwal");
        }
        if (stored.angkaantrean != angkaantrean || (nomorantrean != null && !nomorantrean.equals(stored.nomorantrean))) {
            differ.add("nomor antrean");
        }
        if ((norm != null && !norm.equals(stored.norm)) || (nik != null && !nik.equals(stored.nik))
                || !Objects.equals(nomorkartu, stored.nomorkartu) || kind != stored.patientKind) {
            differ.add("pasien");
        }
        return differ;
    }

    private void bookingHere(Row r) {
        Booking b = QueueLedger.bookingOf(r);
        here.put(b.kodebooking, b);
        hereSlot.put(b.kodebooking, slotOf(r));
    }

    private void numberTaken(Row r) {
        schedules.entrySet().stream().filter(e -> e.getValue().id.equals(r.getLong("schedule_id"))).findFirst()
                .ifPresent(e -> numbers.computeIfAbsent(e.getKey(), k -> new HashMap<>())
                        .put(r.getInteger("angkaantrean"), r.getString("kodebooking")));
    }

    private static List<String> patientKeys(String kodepoli, LocalDate tanggal, String nik, String nomorkartu) {
        String day = kodepoli + "|" + tanggal;
        List<String> keys = new ArrayList<>(List.of(day + "|nik:" + nik));
        if (nomorkartu != null) {
            keys.add(day + "|kartu:" + nomorkartu);
        }
        return keys;
    }

    private static Tuple row(Booking b) {
        Tuple t = Tuple.tuple();
        for (Object value : new Object[] { b.kodebooking, b.scheduleId, b.kodepoli, b.tanggal, b.angkaantrean,
                b.nomorantrean, b.patientKind.wire(), b.nomorkartu, b.nik, b.nohp, b.norm, b.jeniskunjungan,
                b.nomorreferensi, b.newPatient ? 1 : 0, b.source.name(), b.status.name(), b.estimasidilayani,
                b.createdAt, b.cancelledAt, b.cancelledBy == null ? null : b.cancelledBy.name(), b.cancelReason,
                b.checkedInAt, b.checkinTask, b.calledAt, b.finishedAt }) {
            t.addValue(value);
        }
        return t;
    }

    static Tuple slotColumns(Collection<BookingBatches.Slot> slots) {
        return Tuple.of(slots.stream().map(BookingBatches.Slot::kodepoli).toArray(String[]::new),
                slots.stream().map(BookingBatches.Slot::kodedokter).toArray(String[]::new),
                slots.stream().map(BookingBatches.Slot::tanggal).toArray(LocalDate[]::new),
                slots.stream().map(BookingBatches.Slot::jampraktek).toArray(String[]::new));
    }

    static BookingBatches.Slot slotOf(DoctorSchedule s) {
        return new BookingBatches.Slot(s.kodepoli, s.kodedokter, s.tanggal, s.jampraktek);
    }

    private static BookingBatches.Slot slotOf(Row r) {
        return new BookingBatches.Slot(r.getString("kodepoli"), r.getString("kodedokter"), r.getLocalDate("tanggal"),
                r.getString("jampraktek"));
    }
}
