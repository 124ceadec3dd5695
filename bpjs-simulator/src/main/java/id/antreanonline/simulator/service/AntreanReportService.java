package id.antreanonline.simulator.service;

import static id.antreanonline.simulator.service.Fields.integer;
import static id.antreanonline.simulator.service.Fields.number;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import id.antreanonline.shared.TaskId;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.wsrs.WsrsMessages;
import id.antreanonline.simulator.BpjsBooking;
import id.antreanonline.simulator.Hfis;

/**
 * What Antrean WS shows of the bookings BPJS holds: the registrations (antrean/pendaftaran) and the waiting-time
 * dashboards (dashboard/waktutunggu).
 */
@ApplicationScoped
public class AntreanReportService {

    private static final String NOT_SERVED = "Belum dilayani";
    private static final String BEING_SERVED = "Sedang dilayani";

    private final BpjsBookings bookings;
    private final HfisRegistry hfis;
    private final Clock clock;

    public AntreanReportService(BpjsBookings bookings, HfisRegistry hfis, Clock clock) {
        this.bookings = bookings;
        this.hfis = hfis;
        this.clock = clock;
    }

    // ---- antrean/pendaftaran ----------------------------------------------------------------------------------

    public Answer registrationsOn(String tanggal) {
        Optional<LocalDate> date = Wib.parseDate(tanggal);
        if (date.isEmpty()) {
            return Answer.failed(WsrsMessages.BAD_DATE_FORMAT);
        }
        List<Map<String, Object>> list = bookings.on(date.get())
                .sorted(Comparator.comparing(BpjsBooking::createdAt))
                .map(AntreanReportService::registration)
                .toList();
        return Answer.ok(list);
    }

    /** The bookings not yet served: from today (WIB) on, neither cancelled nor finished, in the order received. */
    public Answer activeRegistrations() {
        LocalDate today = LocalDate.now(clock.withZone(Wib.ZONE));
        List<Map<String, Object>> list = bookings.from(today)
                .filter(AntreanReportService::active)
                .sorted(Comparator.comparing(BpjsBooking::createdAt))
                .map(AntreanReportService::registration)
                .toList();
        return Answer.ok(list);
    }

    /** Not yet served: waiting or being served, by the same status the registrations show. */
    private static boolean active(BpjsBooking b) {
        synchronized (b) {
            return List.of(NOT_SERVED, BEING_SERVED).contains(status(b));
        }
    }

    public Answer registration(String kodebooking) {
        return bookings.find(kodebooking).map(b -> Answer.ok(List.of(registration(b))))
                .orElseGet(() -> Answer.failed(AntreanService.BOOKING_NOT_FOUND));
    }

    private static Map<String, Object> registration(BpjsBooking b) {
        synchronized (b) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kodebooking", b.kodebooking());
            r.put("tanggal", b.tanggalperiksa().format(Wib.DATE));
            r.put("kodepoli", b.field("kodepoli"));
            r.put("kodedokter", integer(b.sentFields(), "kodedokter").orElse(0));
            r.put("jampraktek", b.field("jampraktek"));
            r.put("nik", b.field("nik"));
            r.put("nokapst", b.field("nomorkartu"));
            r.put("nohp", b.field("nohp"));
            r.put("norekammedis", b.field("norm"));
            r.put("jeniskunjungan", integer(b.sentFields(), "jeniskunjungan").orElse(0));
            r.put("nomorreferensi", b.field("nomorreferensi"));
            r.put("sumberdata", b.source() == BpjsBooking.Source.MOBILE_JKN ? "Mobile JKN" : "Bridging Antrean");
            r.put("ispeserta", b.field("nomorkartu").isEmpty() ? 0 : 1);
            r.put("noantrean", b.field("nomorantrean"));
            r.put("estimasidilayani", number(b.sentFields(), "estimasidilayani").orElse(0L));
            r.put("createdtime", b.createdAt().toEpochMilli());
            r.put("status", status(b));
            return r;
        }
    }

    private static String status(BpjsBooking b) {
        if (b.cancelled()) {
            return "Batal";
        }
        if (b.task(TaskId.PHARMACY_WAIT_STARTS.code()).isPresent()) {
            return "Selesai dilayani";
        }
        if (b.task(TaskId.POLI_SERVICE_STARTS.code()).isPresent()) {
            return BEING_SERVED;
        }
        return NOT_SERVED;
    }

    // ---- dashboards -------------------------------------------------------------------------------------------

    public Answer dashboardOn(String tanggal, String waktu) {
        return Wib.parseDate(tanggal).map(day -> dashboard(List.of(day), waktu))
                .orElseGet(() -> Answer.failed(WsrsMessages.BAD_DATE_FORMAT));
    }

    public Answer dashboardOfMonth(String bulan, String tahun, String waktu) {
        YearMonth month;
        try {
            month = YearMonth.of(Integer.parseInt(tahun), Integer.parseInt(bulan));
        } catch (NumberFormatException | DateTimeException e) {
            return Answer.failed("Bulan atau tahun tidak sesuai");
        }
        List<LocalDate> days = Stream.iterate(month.atDay(1), d -> !d.isAfter(month.atEndOfMonth()),
                d -> d.plusDays(1)).toList();
        return dashboard(days, waktu);
    }

    /** Waiting and service times per poli per day: {@code rs} uses the hospital's task times, {@code server} BPJS's. */
    private Answer dashboard(List<LocalDate> days, String waktu) {
        boolean server;
        if ("server".equalsIgnoreCase(waktu)) {
            server = true;
        } else if ("rs".equalsIgnoreCase(waktu)) {
            server = false;
        } else {
            return Answer.failed("Waktu tidak sesuai, isi rs atau server");
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (LocalDate day : days) {
            Map<String, List<BpjsBooking>> byPoli = new LinkedHashMap<>();
            bookings.on(day).sorted(Comparator.comparing(BpjsBooking::kodebooking))
                    .forEach(b -> byPoli.computeIfAbsent(b.field("kodepoli"), k -> new ArrayList<>()).add(b));
            byPoli.forEach((kodepoli, poliBookings) -> list.add(dashboardRow(day, kodepoli, poliBookings, server)));
        }
        return new Answer(Answer.OK, "OK", Map.of("list", list));
    }

    private Map<String, Object> dashboardRow(LocalDate day, String kodepoli, List<BpjsBooking> poliBookings,
            boolean server) {
        long[] total = new long[7];
        int[] count = new int[7];
        for (BpjsBooking b : poliBookings) {
            addTaskDurations(b, server, total, count);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kdppk", SimulatedHospital.PPK_CODE);
        row.put("nmppk", SimulatedHospital.NAME);
        row.put("kodepoli", kodepoli);
        row.put("namapoli", hfis.poli(kodepoli).map(Hfis.Poli::namapoli).orElse(kodepoli));
        row.put("tanggal", day.format(Wib.DATE));
        row.put("jumlah_antrean", poliBookings.size());
        for (int task = 1; task <= 6; task++) {
            row.put("waktu_task" + task, total[task]);
            row.put("avg_waktu_task" + task, count[task] == 0 ? 0 : total[task] / count[task]);
        }
        row.put("insertdate", clock.millis());
        return row;
    }

    /** Adds, per task 1-6, the seconds from it to the next task (both held) to total, and counts them. */
    private static void addTaskDurations(BpjsBooking b, boolean server, long[] total, int[] count) {
        synchronized (b) {
            for (int task = 1; task <= 6; task++) {
                Optional<BpjsBooking.TaskTime> from = b.task(task);
                Optional<BpjsBooking.TaskTime> to = b.task(task + 1);
                if (from.isPresent() && to.isPresent()) {
                    long millis = server
                            ? to.get().receivedAt().toEpochMilli() - from.get().receivedAt().toEpochMilli()
                            : to.get().waktu() - from.get().waktu();
                    total[task] += Math.max(0, millis / 1000);
                    count[task]++;
                }
            }
        }
    }
}
