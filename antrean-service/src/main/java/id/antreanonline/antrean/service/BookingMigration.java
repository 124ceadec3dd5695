package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.HeldPlaces;
import id.antreanonline.antrean.PatientKind;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The go-live migration: the bookings the hospital's previous queue system took (BPJS asks for them once the new WS RS
 * is in production). They keep their kodebooking and numbers, hold their places, and the numbering goes on after
 * them; their events are marked so that BPJS is sent nothing it already has. Idempotent by kodebooking: a booking
 * already here is left as it is (unchanged, or a conflict when the line says otherwise). Every line is decided under
 * the schedules' row locks, the ones Mobile JKN's batches take, and a dry run decides the same without writing.
 */
@ApplicationScoped
public class BookingMigration {

    /** The previous system's clock may run a little ahead of ours. */
    private static final long CLOCK_SKEW_MILLIS = 5 * 60_000L;

    /** What an import did, or (dry run) would do. */
    public record Report(boolean dryRun, int lines, int created, int unchanged, List<LineIssue> conflicts,
            List<LineIssue> rejected, List<ScheduleAfter> schedules) {
    }

    /** A line not applied: its number in the file, its kodebooking when it has one, and why. */
    public record LineIssue(long line, String kodebooking, String reason) {
    }

    /** A schedule the created bookings are on, as it stands after them; {@code fromHfis} when the import fetched it. */
    public record ScheduleAfter(String kodepoli, String kodedokter, String tanggal, String jampraktek, int lastNumber,
            int heldJkn, int kuotaJkn, int heldNonJkn, int kuotaNonJkn, boolean fromHfis) {
    }

    private final Pool pool;
    private final Outbox outbox;
    private final BookingEvents events;
    private final BookingBatches batches;
    private final ScheduleSyncService hfis;
    private final AntreanConfig config;
    private final Clock clock;

    BookingMigration(Pool pool, Outbox outbox, BookingEvents events, BookingBatches batches, ScheduleSyncService hfis,
            AntreanConfig config, Clock clock) {
        this.pool = pool;
        this.outbox = outbox;
        this.events = events;
        this.batches = batches;
        this.hfis = hfis;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Report> migrate(FieldLines.Format format, String text, boolean dryRun) {
        Decisions d = new Decisions(dryRun);
        List<MigratedBooking> readable = new ArrayList<>();
        LocalDate today = Wib.dateOf(clock.millis());
        for (FieldLines.Line line : FieldLines.read(format, text)) {
            d.lines++;
            if (line.unreadable() != null) {
                d.reject(line.number(), line.fields().get("kodebooking"), line.unreadable());
                continue;
            }
            try {
                MigratedBooking booking = MigratedBooking.of(line.number(), line.fields());
                if (booking.slot().tanggal().isBefore(today)) {
                    d.reject(line.number(), booking.kodebooking(), "Tanggal periksa sudah lewat");
                } else if (booking.tasksSent().stream().anyMatch(t -> t.waktu() > clock.millis() + CLOCK_SKEW_MILLIS)) {
                    d.reject(line.number(), booking.kodebooking(), "Waktu task belum terjadi");
                } else {
                    readable.add(booking);
                }
            } catch (IllegalArgumentException e) {
                d.reject(line.number(), line.fields().get("kodebooking"), e.getMessage());
            }
        }
        if (readable.isEmpty()) {
            return Uni.createFrom().item(d.report());
        }
        return schedulesFromHfis(readable, dryRun, d)
                .chain(() -> dryRun ? pool.withConnection(conn -> decide(conn, readable, d))
                        : pool.withTransaction(conn -> decide(conn, readable, d).chain(() -> write(conn, d))))
                .map(ignored -> d.report());
    }

    /**
     * The schedules the file names that are not here yet, asked from HFIS per poli and day the way the schedule sync
     * does (stored; in a dry run only read). A day HFIS cannot give leaves its lines to be rejected.
     */
    private Uni<Void> schedulesFromHfis(List<MigratedBooking> bookings, boolean dryRun, Decisions d) {
        return LockedSchedules.existing(pool, slots(bookings)).chain(here -> {
            Set<Map.Entry<String, LocalDate>> days = new LinkedHashSet<>();
            bookings.stream().map(MigratedBooking::slot).filter(s -> !here.contains(s))
                    .forEach(s -> days.add(Map.entry(s.kodepoli(), s.tanggal())));
            if (days.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return Multi.createFrom().iterable(days)
                    .onItem().transformToUniAndConcatenate(day -> {
                        String tanggal = Wib.DATE.format(day.getValue());
                        Uni<List<DoctorSchedule>> fetched = dryRun ? hfis.fetch(day.getKey(), tanggal)
                                : hfis.sync(day.getKey(), tanggal);
                        return fetched.invoke(list -> list.forEach(s -> d.fromHfis.put(LockedSchedules.slotOf(s), s)))
                                .onFailure().recoverWithItem(List.of());
                    })
                    .collect().last().replaceWithVoid();
        });
    }

    /** Decides every line in file order, under the schedules' row locks (a real run) with what is stored. */
    private Uni<Void> decide(SqlConnection conn, List<MigratedBooking> bookings, Decisions d) {
        return d.stored.read(conn, slots(bookings), bookings.stream().map(MigratedBooking::kodebooking).toList(),
                d.dryRun)
                .invoke(() -> d.stored.schedules.forEach((slot, s) -> d.held.put(slot, s.held())))
                .chain(() -> conn.preparedQuery(BookingBatches.FIND_PATIENTS).execute(Tuple.of(
                        column(bookings, b -> b.patient().norm()), column(bookings, b -> b.patient().nomorkartu()),
                        column(bookings, b -> b.patient().nik()))))
                .invoke(d::patients)
                .chain(() -> d.stored.readActive(conn, bookings.stream().map(MigratedBooking::slot).toList(),
                        d.niks(bookings), column(bookings, b -> b.patient().nomorkartu())))
                .invoke(() -> bookings.forEach(d::decide))
                .replaceWithVoid();
    }

    private Uni<Void> write(SqlConnection conn, Decisions d) {
        return d.stored.write(conn).chain(() -> outbox.publishAll(conn, d.published));
    }

    /** What the lines decide, in file order, against what is stored and what earlier lines took. */
    private final class Decisions {

        final boolean dryRun;
        int lines;
        int unchanged;
        final List<LineIssue> conflicts = new ArrayList<>();
        final List<LineIssue> rejected = new ArrayList<>();
        final LockedSchedules stored = new LockedSchedules();
        final List<Outbox.Event> published = new ArrayList<>();
        final Map<BookingBatches.Slot, DoctorSchedule> fromHfis = new HashMap<>();
        final Map<BookingBatches.Slot, HeldPlaces> held = new HashMap<>();
        final Map<String, MigratedBooking> inFile = new HashMap<>();
        final Map<String, Row> patientByNorm = new HashMap<>();
        final Map<String, Row> patientByCard = new HashMap<>();
        final Map<String, Row> patientByNik = new HashMap<>();

        Decisions(boolean dryRun) {
            this.dryRun = dryRun;
        }

        void reject(long line, String kodebooking, String reason) {
            rejected.add(new LineIssue(line, kodebooking, reason));
        }

        void patients(RowSet<Row> rows) {
            // oldest change first: a later record holding the same card or NIK wins, as pasien-service finds them
            for (Row r : rows) {
                patientByNorm.put(r.getString("norm"), r);
                if (r.getString("nomorkartu") != null) {
                    patientByCard.put(r.getString("nomorkartu"), r);
                }
                if (r.getString("nik") != null) {
                    patientByNik.put(r.getString("nik"), r);
                }
            }
        }

        Row patientOf(MigratedBooking.Patient p) {
            return p.norm() != null ? patientByNorm.get(p.norm())
                    : p.nomorkartu() != null ? patientByCard.get(p.nomorkartu()) : patientByNik.get(p.nik());
        }

        String nikOf(MigratedBooking.Patient p) {
            Row found = patientOf(p);
            return p.nik() != null ? p.nik() : found == null ? null : found.getString("nik");
        }

        String[] niks(List<MigratedBooking> bookings) {
            return bookings.stream().map(b -> nikOf(b.patient())).toArray(String[]::new);
        }

        void decide(MigratedBooking m) {
            Booking here = stored.here.get(m.kodebooking());
            MigratedBooking earlier = inFile.get(m.kodebooking());
            if (here != null || earlier != null) {
                List<String> differ = here != null ? m.differences(here, stored.hereSlot.get(m.kodebooking()))
                        : earlier.equals(withLine(earlier, m)) ? List.of() : List.of("baris " + earlier.line());
                if (differ.isEmpty()) {
                    unchanged++;
                } else {
                    conflicts.add(new LineIssue(m.line(), m.kodebooking(), "Kode booking sudah ada dengan isi berbeda ("
                            + String.join(", ", differ) + "); tidak diubah"));
                }
                return;
            }
            BookingBatches.Slot slot = m.slot();
            DoctorSchedule s = stored.schedules.get(slot);
            if (s == null && dryRun) {
                s = fromHfis.get(slot);
                if (s != null) {
                    stored.schedule(s);
                    held.put(slot, s.held());
                }
            }
            if (s == null) {
                reject(m.line(), m.kodebooking(), "Jadwal dokter " + slot.kodedokter() + " di poli " + slot.kodepoli()
                        + " pada " + Wib.DATE.format(slot.tanggal()) + " jam " + slot.jampraktek()
                        + " tidak ada di HFIS");
                return;
            }
            String holder = stored.numberHolder(slot, m.angkaantrean());
            if (holder != null) {
                reject(m.line(), m.kodebooking(), "Nomor antrean " + m.angkaantrean()
                        + " pada jadwal ini sudah dipakai kode booking " + holder);
                return;
            }
            Row patient = patientOf(m.patient());
            String nik = nikOf(m.patient());
            if (nik == null) {
                reject(m.line(), m.kodebooking(), "NIK pasien tidak diketahui: isi nik, atau impor data pasien SIMRS"
                        + " lebih dulu");
                return;
            }
            PatientKind kind = m.patient().kind();
            HeldPlaces places = held.get(slot);
            if (m.state().holdsPlace()) {
                String other = stored.activeBookingOf(slot, nik, m.patient().nomorkartu());
                if (other != null) {
                    reject(m.line(), m.kodebooking(), "Pasien sudah memiliki antrean aktif di poli ini pada tanggal"
                            + " ini (kode booking " + other + ")");
                    return;
                }
                if (places.full(kind, s)) {
                    reject(m.line(), m.kodebooking(), kind == PatientKind.JKN ? Messages.JKN_QUOTA_FULL
                            : Messages.NON_JKN_QUOTA_FULL);
                    return;
                }
                places = places.plusOne(kind);
                held.put(slot, places);
            }
            String norm = patient != null ? patient.getString("norm") : m.patient().norm();
            boolean newPatient = patient != null ? !patient.getBoolean("complete")
                    : m.patient().pasienbaru() != null ? m.patient().pasienbaru() == 1 : norm == null;
            Booking b = m.toBooking(s, nik, norm, newPatient, config.prefixOf(slot.kodepoli()),
                    batches.estimate(s, m.angkaantrean()), clock.millis());
            stored.take(b, slot);
            inFile.put(m.kodebooking(), m);
            published.addAll(events.migrated(b, s, places, new BookingEvent.Migrated(m.tasksSent())));
        }

        Report report() {
            List<ScheduleAfter> after = stored.highest().entrySet().stream().map(e -> {
                DoctorSchedule s = stored.schedules.get(e.getKey());
                HeldPlaces places = held.get(e.getKey());
                return new ScheduleAfter(s.kodepoli, s.kodedokter, Wib.DATE.format(s.tanggal), s.jampraktek,
                        Math.max(s.lastNumber, e.getValue()), places.jkn(), s.kuotaJkn, places.nonJkn(),
                        s.kuotaNonJkn, fromHfis.containsKey(e.getKey()));
            }).sorted(Comparator.comparing(ScheduleAfter::tanggal).thenComparing(ScheduleAfter::kodepoli)
                    .thenComparing(ScheduleAfter::kodedokter).thenComparing(ScheduleAfter::jampraktek)).toList();
            rejected.sort(Comparator.comparingLong(LineIssue::line));
            return new Report(dryRun, lines, stored.taken().size(), unchanged, conflicts, rejected, after);
        }
    }

    /** The same line content under another line number, to compare two lines of one file. */
    private static MigratedBooking withLine(MigratedBooking earlier, MigratedBooking m) {
        return new MigratedBooking(earlier.line(), m.kodebooking(), m.slot(), m.angkaantrean(), m.nomorantrean(),
                m.patient(), m.jeniskunjungan(), m.nomorreferensi(), m.source(), m.state(), m.tasksSent(),
                m.estimasidilayani());
    }

    private static List<BookingBatches.Slot> slots(List<MigratedBooking> bookings) {
        return bookings.stream().map(MigratedBooking::slot).toList();
    }

    private static String[] column(List<MigratedBooking> bookings, Function<MigratedBooking, String> value) {
        return bookings.stream().map(value).toArray(String[]::new);
    }
}
