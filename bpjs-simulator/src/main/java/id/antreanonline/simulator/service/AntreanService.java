package id.antreanonline.simulator.service;

import static id.antreanonline.simulator.service.Fields.digits;
import static id.antreanonline.simulator.service.Fields.integer;
import static id.antreanonline.simulator.service.Fields.number;
import static id.antreanonline.simulator.service.Fields.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.antreanonline.shared.TaskId;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.wsrs.WsrsMessages;
import id.antreanonline.simulator.Hfis;
import id.antreanonline.simulator.BpjsBooking;

/**
 * BPJS's side of the queue: the bookings it knows and the task times it accepts, with BPJS's rules (contract
 * section 1): task flow 1-2-3-4-5(-6-7) for a new patient, 3-4-5(-6-7) for a returning one, 99 at any time;
 * each task needs its predecessor, a time strictly after the predecessor's and on the booking date (WIB); a task
 * BPJS already holds is answered 208.
 */
@ApplicationScoped
public class AntreanService {

    static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss 'WIB'", Locale.ROOT)
            .withZone(Wib.ZONE);
    static final String BOOKING_NOT_FOUND = "Kode Booking Tidak Ditemukan";
    public static final String DUPLICATE_BOOKING = "Terdapat duplikasi Kode Booking";
    static final String ALREADY_CANCELLED = "Antrean Sudah Dibatalkan";
    static final String MALFORMED = "Format Request Tidak Sesuai";
    private static final List<Integer> NEW_PATIENT_FLOW = List.of(1, 2, 3, 4, 5, 6, 7);
    private static final List<Integer> RETURNING_PATIENT_FLOW = List.of(3, 4, 5, 6, 7);
    private static final List<String> REQUIRED_TEXT = List.of("kodebooking", "nik", "nohp", "kodepoli", "namapoli",
            "norm", "tanggalperiksa", "namadokter", "jampraktek", "nomorantrean");

    private final Map<String, BpjsBooking> bookings = new ConcurrentHashMap<>();
    private final HfisRegistry hfis;
    private final Clock clock;

    public AntreanService(HfisRegistry hfis, Clock clock) {
        this.hfis = hfis;
        this.clock = clock;
    }

    public void reset() {
        bookings.clear();
    }

    public Optional<BpjsBooking> booking(String kodebooking) {
        return Optional.ofNullable(bookings.get(kodebooking));
    }

    // ---- antrean/add -------------------------------------------------------------------------------------------

    /** TAMBAH ANTREAN: an onsite booking reported by the hospital. */
    public Answer add(JsonNode body) {
        if (!(body instanceof ObjectNode sent)) {
            return Answer.failed(MALFORMED);
        }
        if (!sent.has("jenispasien") && sent.has("jenis pasien")) {
            sent.set("jenispasien", sent.get("jenis pasien")); // the 2021 PDF spells it with a space
        }
        for (String field : REQUIRED_TEXT) {
            if (text(sent, field).isEmpty()) {
                return Answer.failed(field + " tidak boleh kosong");
            }
        }
        String kodebooking = text(sent, "kodebooking");
        if (bookings.containsKey(kodebooking)) {
            return Answer.duplicate(DUPLICATE_BOOKING);
        }
        Optional<String> refusal = bookingRefusal(sent);
        if (refusal.isPresent()) {
            return Answer.failed(refusal.get());
        }
        LocalDate tanggal = Wib.parseDate(text(sent, "tanggalperiksa")).orElseThrow();
        BpjsBooking booking = new BpjsBooking(kodebooking, BpjsBooking.Source.ONSITE, sent.deepCopy(), tanggal,
                integer(sent, "pasienbaru").orElse(0) == 1, clock.instant());
        if (bookings.putIfAbsent(kodebooking, booking) != null) {
            return Answer.duplicate(DUPLICATE_BOOKING);
        }
        return Answer.ok();
    }

    private Optional<String> bookingRefusal(ObjectNode b) {
        String jenispasien = text(b, "jenispasien").toUpperCase(Locale.ROOT);
        boolean jkn = jenispasien.equals("JKN");
        if (!jkn && !jenispasien.equals("NON JKN")) {
            return Optional.of("Jenis Pasien tidak sesuai, isi JKN atau NON JKN");
        }
        String nomorkartu = text(b, "nomorkartu");
        if ((jkn || !nomorkartu.isEmpty()) && !digits(nomorkartu, 13)) {
            return Optional.of("Nomor Kartu tidak sesuai, harus 13 digit");
        }
        if (!digits(text(b, "nik"), 16)) {
            return Optional.of("NIK tidak sesuai, harus 16 digit");
        }
        Optional<Integer> pasienbaru = integer(b, "pasienbaru");
        if (pasienbaru.isEmpty() || pasienbaru.get() < 0 || pasienbaru.get() > 1) {
            return Optional.of("Pasien Baru tidak sesuai, isi 0 atau 1");
        }
        Optional<LocalDate> tanggal = Wib.parseDate(text(b, "tanggalperiksa"));
        if (tanggal.isEmpty()) {
            return Optional.of(WsrsMessages.BAD_DATE_FORMAT);
        }
        if (tanggal.get().isBefore(today())) {
            return Optional.of(WsrsMessages.DATE_NOT_VALID);
        }
        if (hfis.poli(text(b, "kodepoli")).isEmpty()) {
            return Optional.of(WsrsMessages.POLI_NOT_FOUND);
        }
        Optional<Hfis.Dokter> dokter = integer(b, "kodedokter").flatMap(hfis::dokter);
        if (dokter.isEmpty()) {
            return Optional.of("Dokter Tidak Ditemukan");
        }
        if (hfis.holiday(tanggal.get()).isPresent()) {
            return Optional.of(WsrsMessages.REGISTRATION_CLOSED);
        }
        String jam = text(b, "jampraktek").replace(" ", "");
        boolean practises = hfis.slots(text(b, "kodepoli"), tanggal.get()).stream()
                .anyMatch(s -> s.kodedokter() == dokter.get().kodedokter() && s.jam().replace(" ", "").equals(jam));
        if (!practises) {
            return Optional.of(WsrsMessages.noSchedule(dokter.get().namadokter()));
        }
        Optional<Integer> jeniskunjungan = integer(b, "jeniskunjungan");
        if (jeniskunjungan.isEmpty() || jeniskunjungan.get() < 1 || jeniskunjungan.get() > 4) {
            return Optional.of("Jenis Kunjungan tidak sesuai, isi 1 sampai 4");
        }
        if (jkn && text(b, "nomorreferensi").isEmpty()) {
            return Optional.of("Nomor Referensi tidak boleh kosong");
        }
        if (integer(b, "angkaantrean").filter(n -> n >= 1).isEmpty()) {
            return Optional.of("Angka Antrean tidak sesuai");
        }
        if (number(b, "estimasidilayani").filter(n -> n > 0).isEmpty()) {
            return Optional.of("Estimasi Dilayani tidak sesuai, isi dalam timestamp milisecond");
        }
        for (String quota : List.of("kuotajkn", "sisakuotajkn", "kuotanonjkn", "sisakuotanonjkn")) {
            if (integer(b, quota).filter(n -> n >= 0).isEmpty()) {
                return Optional.of(quota + " tidak sesuai");
            }
        }
        if (integer(b, "sisakuotajkn").get() > integer(b, "kuotajkn").get()
                || integer(b, "sisakuotanonjkn").get() > integer(b, "kuotanonjkn").get()) {
            return Optional.of("Sisa kuota tidak boleh melebihi kuota");
        }
        return Optional.empty();
    }

    /** A booking made in Mobile JKN: BPJS knows it before the hospital reports anything. */
    public Optional<String> registerMobileJkn(JsonNode body) {
        if (!(body instanceof ObjectNode sent)) {
            return Optional.of(MALFORMED);
        }
        String kodebooking = text(sent, "kodebooking");
        if (kodebooking.isEmpty()) {
            return Optional.of("kodebooking tidak boleh kosong");
        }
        Optional<LocalDate> tanggal = Wib.parseDate(text(sent, "tanggalperiksa"));
        if (tanggal.isEmpty()) {
            return Optional.of(WsrsMessages.BAD_DATE_FORMAT);
        }
        Optional<Integer> pasienbaru = integer(sent, "pasienbaru");
        if (pasienbaru.isEmpty() || pasienbaru.get() < 0 || pasienbaru.get() > 1) {
            return Optional.of("Pasien Baru tidak sesuai, isi 0 atau 1");
        }
        BpjsBooking booking = new BpjsBooking(kodebooking, BpjsBooking.Source.MOBILE_JKN, sent.deepCopy(),
                tanggal.get(), pasienbaru.get() == 1, clock.instant());
        return bookings.putIfAbsent(kodebooking, booking) == null ? Optional.empty() : Optional.of(DUPLICATE_BOOKING);
    }

    // ---- antrean/updatewaktu -----------------------------------------------------------------------------------

    public Answer updateTaskTime(JsonNode body) {
        if (!body.isObject()) {
            return Answer.failed(MALFORMED);
        }
        BpjsBooking booking = bookings.get(text(body, "kodebooking"));
        if (booking == null) {
            return Answer.failed(BOOKING_NOT_FOUND);
        }
        Optional<TaskId> task = integer(body, "taskid").flatMap(TaskId::of);
        if (task.isEmpty()) {
            return Answer.failed("TaskId tidak valid, isi 1 sampai 7 atau 99");
        }
        Optional<Long> waktu = number(body, "waktu").filter(w -> w > 0);
        if (waktu.isEmpty()) {
            return Answer.failed("Waktu tidak valid, isi dalam timestamp milisecond");
        }
        synchronized (booking) {
            return recordTask(booking, task.get(), waktu.get());
        }
    }

    private Answer recordTask(BpjsBooking booking, TaskId task, long waktu) {
        int id = task.code();
        if (booking.task(id).isPresent()) {
            return Answer.duplicate("TaskId=" + id + " sudah ada");
        }
        if (booking.cancelled() || booking.task(TaskId.NO_SHOW.code()).isPresent()) {
            return Answer.failed(ALREADY_CANCELLED);
        }
        if (task == TaskId.NO_SHOW) {
            booking.record(new BpjsBooking.TaskTime(task, waktu, clock.instant()));
            booking.cancel("TaskId=99");
            return Answer.ok();
        }
        List<Integer> flow = booking.newPatient() ? NEW_PATIENT_FLOW : RETURNING_PATIENT_FLOW;
        int position = flow.indexOf(id);
        if (position < 0) {
            return Answer.failed("TaskId=" + id + " tidak berlaku untuk pasien lama, alur pasien lama 3-4-5 (6-7)");
        }
        if (position > 0) {
            int predecessor = flow.get(position - 1);
            Optional<BpjsBooking.TaskTime> previous = booking.task(predecessor);
            if (previous.isEmpty()) {
                return Answer.failed("TaskId=" + predecessor + " belum ada, TaskId=" + id + " tidak dapat diproses");
            }
            if (!Wib.dateOf(waktu).equals(booking.tanggalperiksa())) {
                return outsideTanggalperiksa(booking, id);
            }
            if (waktu <= previous.get().waktu()) {
                return Answer.failed("Waktu TaskId=" + id + " harus lebih besar dari waktu TaskId=" + predecessor);
            }
        } else if (!Wib.dateOf(waktu).equals(booking.tanggalperiksa())) {
            return outsideTanggalperiksa(booking, id);
        }
        booking.record(new BpjsBooking.TaskTime(task, waktu, clock.instant()));
        return Answer.ok();
    }

    private static Answer outsideTanggalperiksa(BpjsBooking booking, int id) {
        return Answer.failed("Waktu TaskId=" + id + " tidak sesuai dengan tanggal periksa "
                + booking.tanggalperiksa().format(Wib.DATE));
    }

    // ---- antrean/batal, antrean/farmasi/add, antrean/getlisttask --------------------------------------------------

    public Answer cancel(JsonNode body) {
        if (!body.isObject()) {
            return Answer.failed(MALFORMED);
        }
        BpjsBooking booking = bookings.get(text(body, "kodebooking"));
        if (booking == null) {
            return Answer.failed(BOOKING_NOT_FOUND);
        }
        String keterangan = text(body, "keterangan");
        if (keterangan.isEmpty()) {
            return Answer.failed("keterangan tidak boleh kosong");
        }
        synchronized (booking) {
            if (booking.cancelled()) {
                return Answer.failed(ALREADY_CANCELLED);
            }
            if (booking.task(TaskId.POLI_SERVICE_STARTS.code()).isPresent()) {
                return Answer.failed("Antrean Tidak Dapat Dibatalkan, Pasien Sudah Dilayani");
            }
            booking.cancel(keterangan);
            return Answer.ok();
        }
    }

    public Answer addPharmacyQueue(JsonNode body) {
        if (!body.isObject()) {
            return Answer.failed(MALFORMED);
        }
        BpjsBooking booking = bookings.get(text(body, "kodebooking"));
        if (booking == null) {
            return Answer.failed(BOOKING_NOT_FOUND);
        }
        String jenisresep = text(body, "jenisresep").toLowerCase(Locale.ROOT);
        if (!jenisresep.equals("racikan") && !jenisresep.equals("non racikan")) {
            return Answer.failed("Jenis Resep tidak sesuai, isi racikan atau non racikan");
        }
        Optional<Integer> nomor = integer(body, "nomorantrean").filter(n -> n >= 1);
        if (nomor.isEmpty()) {
            return Answer.failed("Nomor Antrean tidak sesuai");
        }
        synchronized (booking) {
            if (booking.pharmacy().isPresent()) {
                return Answer.duplicate("Antrean Farmasi sudah ada");
            }
            if (booking.cancelled()) {
                return Answer.failed(ALREADY_CANCELLED);
            }
            booking.pharmacy(new BpjsBooking.Pharmacy(jenisresep, nomor.get(), text(body, "keterangan")));
            return Answer.ok();
        }
    }

    public Answer taskList(JsonNode body) {
        if (!body.isObject()) {
            return Answer.failed(MALFORMED);
        }
        BpjsBooking booking = bookings.get(text(body, "kodebooking"));
        if (booking == null) {
            return Answer.failed(BOOKING_NOT_FOUND);
        }
        List<Map<String, Object>> list = new ArrayList<>();
        synchronized (booking) {
            for (BpjsBooking.TaskTime t : booking.tasks().values()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("wakturs", WAKTU.format(t.receivedAt()));
                item.put("waktu", WAKTU.format(Instant.ofEpochMilli(t.waktu())));
                item.put("taskname", t.task().taskname());
                item.put("taskid", t.task().code());
                item.put("kodebooking", booking.kodebooking());
                list.add(item);
            }
        }
        return Answer.ok(list);
    }

    /** The task times BPJS holds for a booking, in task order (admin API). */
    public Optional<List<BpjsBooking.TaskTime>> tasks(String kodebooking) {
        return booking(kodebooking).map(v -> {
            synchronized (v) {
                return List.copyOf(v.tasks().values());
            }
        });
    }

    // ---- antrean/pendaftaran ----------------------------------------------------------------------------------

    public Answer registrationsOn(String tanggal) {
        Optional<LocalDate> date = Wib.parseDate(tanggal);
        if (date.isEmpty()) {
            return Answer.failed(WsrsMessages.BAD_DATE_FORMAT);
        }
        List<Map<String, Object>> list = bookings.values().stream()
                .filter(v -> v.tanggalperiksa().equals(date.get()))
                .sorted(Comparator.comparing(BpjsBooking::createdAt))
                .map(this::registration)
                .toList();
        return Answer.ok(list);
    }

    public Answer registration(String kodebooking) {
        return booking(kodebooking).map(v -> Answer.ok(List.of(registration(v))))
                .orElseGet(() -> Answer.failed(BOOKING_NOT_FOUND));
    }

    private Map<String, Object> registration(BpjsBooking v) {
        synchronized (v) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kodebooking", v.kodebooking());
            r.put("tanggal", v.tanggalperiksa().format(Wib.DATE));
            r.put("kodepoli", v.field("kodepoli"));
            r.put("kodedokter", integer(v.sentFields(), "kodedokter").orElse(0));
            r.put("jampraktek", v.field("jampraktek"));
            r.put("nik", v.field("nik"));
            r.put("nokapst", v.field("nomorkartu"));
            r.put("nohp", v.field("nohp"));
            r.put("norekammedis", v.field("norm"));
            r.put("jeniskunjungan", integer(v.sentFields(), "jeniskunjungan").orElse(0));
            r.put("nomorreferensi", v.field("nomorreferensi"));
            r.put("sumberdata", v.source() == BpjsBooking.Source.MOBILE_JKN ? "Mobile JKN" : "Bridging Antrean");
            r.put("ispeserta", v.field("nomorkartu").isEmpty() ? 0 : 1);
            r.put("noantrean", v.field("nomorantrean"));
            r.put("estimasidilayani", number(v.sentFields(), "estimasidilayani").orElse(0L));
            r.put("createdtime", v.createdAt().toEpochMilli());
            r.put("status", status(v));
            return r;
        }
    }

    private static String status(BpjsBooking v) {
        if (v.cancelled()) {
            return "Batal";
        }
        if (v.task(TaskId.PHARMACY_WAIT_STARTS.code()).isPresent()) {
            return "Selesai dilayani";
        }
        if (v.task(TaskId.POLI_SERVICE_STARTS.code()).isPresent()) {
            return "Sedang dilayani";
        }
        return "Belum dilayani";
    }

    // ---- dashboards -------------------------------------------------------------------------------------------

    /** Waiting and service times per poli per day: {@code rs} uses the hospital's task times, {@code server} BPJS's. */
    public Answer dashboard(List<LocalDate> days, String waktu) {
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
            bookings.values().stream().filter(v -> v.tanggalperiksa().equals(day))
                    .sorted(Comparator.comparing(BpjsBooking::kodebooking))
                    .forEach(v -> byPoli.computeIfAbsent(v.field("kodepoli"), k -> new ArrayList<>()).add(v));
            byPoli.forEach((kodepoli, poliBookings) -> list.add(dashboardRow(day, kodepoli, poliBookings, server)));
        }
        return new Answer(Answer.OK, "OK", Map.of("list", list));
    }

    private Map<String, Object> dashboardRow(LocalDate day, String kodepoli, List<BpjsBooking> poliBookings,
            boolean server) {
        long[] total = new long[7];
        int[] count = new int[7];
        for (BpjsBooking v : poliBookings) {
            synchronized (v) {
                for (int task = 1; task <= 6; task++) {
                    Optional<BpjsBooking.TaskTime> from = v.task(task);
                    Optional<BpjsBooking.TaskTime> to = v.task(task + 1);
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
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kdppk", PPK_CODE);
        row.put("nmppk", PPK_NAME);
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

    static final String PPK_CODE = "0301R011";
    static final String PPK_NAME = "RS SIMULASI ANTREAN ONLINE";

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Wib.ZONE));
    }
}
