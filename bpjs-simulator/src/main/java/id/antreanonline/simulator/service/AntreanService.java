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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.antreanonline.shared.TaskId;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.wsrs.WsrsMessages;
import id.antreanonline.simulator.BpjsBooking;
import id.antreanonline.simulator.Hfis;

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

    private final BpjsBookings bookings;
    private final HfisRegistry hfis;
    private final Clock clock;

    public AntreanService(BpjsBookings bookings, HfisRegistry hfis, Clock clock) {
        this.bookings = bookings;
        this.hfis = hfis;
        this.clock = clock;
    }

    public void reset() {
        bookings.reset();
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
        if (bookings.contains(kodebooking)) {
            return Answer.duplicate(DUPLICATE_BOOKING);
        }
        Optional<String> refusal = bookingRefusal(sent);
        if (refusal.isPresent()) {
            return Answer.failed(refusal.get());
        }
        LocalDate tanggal = Wib.parseDate(text(sent, "tanggalperiksa")).orElseThrow();
        BpjsBooking booking = new BpjsBooking(kodebooking, BpjsBooking.Source.ONSITE, sent.deepCopy(), tanggal,
                integer(sent, "pasienbaru").orElse(0) == 1, clock.instant());
        if (!bookings.add(booking)) {
            return Answer.duplicate(DUPLICATE_BOOKING);
        }
        return Answer.ok();
    }

    /** Why BPJS refuses an onsite booking, if it does: checked in BPJS's order. */
    private Optional<String> bookingRefusal(ObjectNode b) {
        return patientRefusal(b)
                .or(() -> dateRefusal(b))
                .or(() -> scheduleRefusal(b))
                .or(() -> queueRefusal(b));
    }

    private static Optional<String> patientRefusal(ObjectNode b) {
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
        return pasienbaruRefusal(b);
    }

    private static Optional<String> pasienbaruRefusal(ObjectNode b) {
        Optional<Integer> pasienbaru = integer(b, "pasienbaru");
        if (pasienbaru.isEmpty() || pasienbaru.get() < 0 || pasienbaru.get() > 1) {
            return Optional.of("Pasien Baru tidak sesuai, isi 0 atau 1");
        }
        return Optional.empty();
    }

    private Optional<String> dateRefusal(ObjectNode b) {
        Optional<LocalDate> tanggal = Wib.parseDate(text(b, "tanggalperiksa"));
        if (tanggal.isEmpty()) {
            return Optional.of(WsrsMessages.BAD_DATE_FORMAT);
        }
        return tanggal.get().isBefore(today()) ? Optional.of(WsrsMessages.DATE_NOT_VALID) : Optional.empty();
    }

    /** The poli and doctor known, not a holiday, and the doctor practising there that day at jampraktek. */
    private Optional<String> scheduleRefusal(ObjectNode b) {
        LocalDate tanggal = Wib.parseDate(text(b, "tanggalperiksa")).orElseThrow();
        if (hfis.poli(text(b, "kodepoli")).isEmpty()) {
            return Optional.of(WsrsMessages.POLI_NOT_FOUND);
        }
        Optional<Hfis.Dokter> dokter = integer(b, "kodedokter").flatMap(hfis::dokter);
        if (dokter.isEmpty()) {
            return Optional.of("Dokter Tidak Ditemukan");
        }
        if (hfis.holiday(tanggal).isPresent()) {
            return Optional.of(WsrsMessages.REGISTRATION_CLOSED);
        }
        String jam = text(b, "jampraktek").replace(" ", "");
        boolean practises = hfis.slots(text(b, "kodepoli"), tanggal).stream()
                .anyMatch(s -> s.kodedokter() == dokter.get().kodedokter() && s.jam().replace(" ", "").equals(jam));
        return practises ? Optional.empty() : Optional.of(WsrsMessages.noSchedule(dokter.get().namadokter()));
    }

    /** The visit type, the referral of a JKN patient, and the queue numbers and quotas as sent. */
    private static Optional<String> queueRefusal(ObjectNode b) {
        Optional<Integer> jeniskunjungan = integer(b, "jeniskunjungan");
        if (jeniskunjungan.isEmpty() || jeniskunjungan.get() < 1 || jeniskunjungan.get() > 4) {
            return Optional.of("Jenis Kunjungan tidak sesuai, isi 1 sampai 4");
        }
        if (text(b, "jenispasien").equalsIgnoreCase("JKN") && text(b, "nomorreferensi").isEmpty()) {
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
        Optional<String> refusal = pasienbaruRefusal(sent);
        if (refusal.isPresent()) {
            return refusal;
        }
        BpjsBooking booking = new BpjsBooking(kodebooking, BpjsBooking.Source.MOBILE_JKN, sent.deepCopy(),
                tanggal.get(), integer(sent, "pasienbaru").orElseThrow() == 1, clock.instant());
        return bookings.add(booking) ? Optional.empty() : Optional.of(DUPLICATE_BOOKING);
    }

    // ---- antrean/updatewaktu -----------------------------------------------------------------------------------

    public Answer updateTaskTime(JsonNode body) {
        if (!body.isObject()) {
            return Answer.failed(MALFORMED);
        }
        BpjsBooking booking = bookings.find(text(body, "kodebooking")).orElse(null);
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
        BpjsBooking booking = bookings.find(text(body, "kodebooking")).orElse(null);
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
        BpjsBooking booking = bookings.find(text(body, "kodebooking")).orElse(null);
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
        BpjsBooking booking = bookings.find(text(body, "kodebooking")).orElse(null);
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
        return bookings.find(kodebooking).map(v -> {
            synchronized (v) {
                return List.copyOf(v.tasks().values());
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Wib.ZONE));
    }
}
