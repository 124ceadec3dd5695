package id.antreanonline.antrean.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.PatientKind;
import id.antreanonline.shared.IdentityNumbers;
import id.antreanonline.shared.TaskId;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent.TaskSent;
import id.antreanonline.shared.event.BookingSource;

/**
 * A booking of the previous queue system as its export line describes it, checked for form: where and when, its
 * number, the patient (by norm, card number or NIK), how it stands, and the tasks that system already sent to BPJS.
 */
record MigratedBooking(long line, String kodebooking, BookingBatches.Slot slot, int angkaantrean, String nomorantrean,
        Patient patient, int jeniskunjungan, String nomorreferensi, BookingSource source, State state,
        List<TaskSent> tasksSent, Long estimasidilayani) {

    /** How the booking stands in the previous system. */
    enum State {
        ACTIVE, CANCELLED, SERVED;

        /** How a stored booking stands, in the same terms. */
        static State of(Booking b) {
            return !b.active() ? CANCELLED : b.finishedAt != null ? SERVED : ACTIVE;
        }

        boolean holdsPlace() {
            return this != CANCELLED;
        }
    }

    /** The patient as the line names them; {@code pasienbaru} null when the line does not say. */
    record Patient(String norm, String nomorkartu, String nik, String nohp, PatientKind kind, Integer pasienbaru) {
    }

    /** The line as a booking, or an {@link IllegalArgumentException} saying why it cannot be one. */
    static MigratedBooking of(long line, Map<String, String> f) {
        String kodebooking = required(f, "kodebooking");
        if (!kodebooking.matches("[A-Za-z0-9-]{1,32}")) {
            throw new IllegalArgumentException("kodebooking harus 1-32 huruf, angka atau '-'");
        }
        LocalDate tanggal = Wib.parseDate(required(f, f.containsKey("tanggal") ? "tanggal" : "tanggalperiksa"))
                .orElseThrow(() -> new IllegalArgumentException(
                        "Format Tanggal Tidak Sesuai, format yang benar adalah yyyy-mm-dd"));
        String jampraktek = DoctorSchedule.normaliseHours(required(f, "jampraktek"));
        if (!DoctorSchedule.validHours(jampraktek)) {
            throw new IllegalArgumentException(Messages.HOURS_INVALID);
        }
        BookingBatches.Slot slot = new BookingBatches.Slot(required(f, "kodepoli"), required(f, "kodedokter"), tanggal,
                jampraktek);
        int angka = number(f, "angkaantrean", 1, 9999);
        List<TaskSent> tasks = tasks(f.get("tasks"), tanggal);
        return new MigratedBooking(line, kodebooking, slot, angka, f.get("nomorantrean"), patient(f), visitKind(f),
                f.get("nomorreferensi"), source(f.get("sumber") != null ? f.get("sumber") : f.get("source")),
                state(f.get("status")), tasks, estimate(f.get("estimasidilayani")));
    }

    /**
     * The booking as it is stored here; {@code newPatient} whether the patient still goes through admission. A
     * booking whose admission the old system served (tasks 1-2) waits for the poli next: its check-in here records
     * task 3. Otherwise its check-in is the first of task 1 or 3 the old system sent.
     */
    Booking toBooking(DoctorSchedule s, String nik, String norm, boolean newPatient, String prefix, long estimate,
            long now) {
        Booking b = new Booking();
        b.kodebooking = kodebooking;
        b.scheduleId = s.id == null ? 0 : s.id;
        b.kodepoli = s.kodepoli;
        b.tanggal = s.tanggal;
        b.angkaantrean = angkaantrean;
        b.nomorantrean = nomorantrean != null ? nomorantrean : prefix + "-" + angkaantrean;
        b.patientKind = patient.kind();
        b.nomorkartu = patient.nomorkartu();
        b.nik = nik;
        b.nohp = patient.nohp();
        b.norm = norm;
        b.jeniskunjungan = jeniskunjungan;
        b.nomorreferensi = nomorreferensi;
        b.source = source;
        b.estimasidilayani = estimasidilayani != null ? estimasidilayani : estimate;
        b.createdAt = now;
        Integer last = tasksSent.isEmpty() ? null : tasksSent.get(tasksSent.size() - 1).taskid();
        boolean admissionServed = last != null && last == TaskId.ADMISSION_SERVICE_STARTS.code();
        b.newPatient = !admissionServed && (tasksSent.isEmpty() ? newPatient
                : tasksSent.get(0).taskid() == TaskId.ADMISSION_WAIT_STARTS.code());
        for (TaskSent t : tasksSent) {
            if (!admissionServed && b.checkedInAt == null && (t.taskid() == 1 || t.taskid() == 3)) {
                b.checkedInAt = t.waktu();
                b.checkinTask = t.taskid();
            }
            b.taskRecorded(t.taskid(), t.waktu());
        }
        b.status = state == State.CANCELLED ? Booking.Status.CANCELLED : Booking.Status.ACTIVE;
        if (state == State.CANCELLED) {
            b.cancelledAt = now;
            b.cancelReason = "Dibatalkan di sistem antrean sebelumnya";
        }
        if (state == State.SERVED && b.finishedAt == null) {
            b.finishedAt = last != null ? tasksSent.get(tasksSent.size() - 1).waktu() : now;
        }
        return b;
    }

    /** The fields in which a stored booking differs from this line (empty: the same booking). */
    List<String> differences(Booking b, BookingBatches.Slot storedSlot) {
        List<String> differ = new ArrayList<>(LockedSchedules.differences(slot, angkaantrean, nomorantrean,
                patient.norm(), patient.nik(), patient.nomorkartu(), patient.kind(), b, storedSlot));
        if (State.of(b) != state) {
            differ.add("status");
        }
        return differ;
    }

    private static Patient patient(Map<String, String> f) {
        String nik = f.get("nik");
        String kartu = f.get("nomorkartu");
        if (nik != null && !IdentityNumbers.isNik(nik)) {
            throw new IllegalArgumentException(Messages.NIK_INVALID);
        }
        if (kartu != null && !IdentityNumbers.isCard(kartu)) {
            throw new IllegalArgumentException(Messages.CARD_INVALID);
        }
        if (f.get("norm") == null && nik == null && kartu == null) {
            throw new IllegalArgumentException("Pasien wajib disebut dengan norm, nomorkartu atau nik");
        }
        PatientKind kind = f.containsKey("jenispasien")
                ? PatientKind.ofWire(f.get("jenispasien").toUpperCase(Locale.ROOT))
                        .orElseThrow(() -> new IllegalArgumentException(Messages.PATIENT_KIND_INVALID))
                : kartu != null ? PatientKind.JKN : PatientKind.NON_JKN;
        if (kind == PatientKind.JKN && kartu == null) {
            throw new IllegalArgumentException(Messages.CARD_REQUIRED_FOR_JKN);
        }
        Integer pasienbaru = f.containsKey("pasienbaru") ? number(f, "pasienbaru", 0, 1) : null;
        return new Patient(f.get("norm"), kartu, nik, f.get("nohp"), kind, pasienbaru);
    }

    private static int visitKind(Map<String, String> f) {
        if (!f.containsKey("jeniskunjungan")) {
            return 1;
        }
        try {
            return number(f, "jeniskunjungan", 1, 4);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.VISIT_KIND_INVALID);
        }
    }

    private static BookingSource source(String text) {
        if (text == null) {
            return BookingSource.MOBILE_JKN;
        }
        return switch (text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "")) {
            case "MOBILEJKN", "JKNMOBILE" -> BookingSource.MOBILE_JKN;
            case "ONSITE" -> BookingSource.ONSITE;
            default -> throw new IllegalArgumentException("sumber harus MOBILE_JKN atau ONSITE");
        };
    }

    private static State state(String text) {
        if (text == null) {
            return State.ACTIVE;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "active", "aktif" -> State.ACTIVE;
            case "cancelled", "canceled", "batal" -> State.CANCELLED;
            case "served", "selesai", "dilayani" -> State.SERVED;
            default -> throw new IllegalArgumentException("status harus active, cancelled atau served");
        };
    }

    /**
     * The tasks already sent, "taskid:waktu" separated by spaces: a flow as the stations would record it (1-2-3-4-5-6-7
     * for a new patient, from 3 for a returning one, 99 before task 5), times increasing on the visit date.
     */
    private static List<TaskSent> tasks(String text, LocalDate tanggal) {
        List<TaskSent> tasks = new ArrayList<>();
        if (text == null) {
            return tasks;
        }
        for (String pair : text.trim().split("[\\s,]+")) {
            String[] parts = pair.split(":");
            TaskSent t;
            try {
                t = new TaskSent(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("tasks harus berisi taskid:waktu (epoch ms), dipisah spasi");
            }
            TaskSent previous = tasks.isEmpty() ? null : tasks.get(tasks.size() - 1);
            boolean inOrder = previous == null ? t.taskid() == 1 || t.taskid() == 3 || t.taskid() == 99
                    : t.taskid() == 99 ? previous.taskid() < 5 : t.taskid() == previous.taskid() + 1 && t.taskid() <= 7;
            if (TaskId.of(t.taskid()).isEmpty() || !inOrder || (previous != null && previous.taskid() == 99)) {
                throw new IllegalArgumentException("Urutan task " + t.taskid() + " tidak sesuai alur 1-2-3-4-5-6-7"
                        + " (pasien lama mulai dari 3; 99 sebelum task 5)");
            }
            if (previous != null && t.waktu() <= previous.waktu()) {
                throw new IllegalArgumentException("Waktu task " + t.taskid() + " harus setelah waktu task "
                        + previous.taskid());
            }
            if (!Wib.dateOf(t.waktu()).equals(tanggal)) {
                throw new IllegalArgumentException("Waktu task " + t.taskid() + " bukan pada tanggal periksa");
            }
            tasks.add(t);
        }
        return List.copyOf(tasks);
    }

    private static Long estimate(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("estimasidilayani harus epoch ms");
        }
    }

    private static String required(Map<String, String> f, String name) {
        String value = f.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " wajib diisi");
        }
        return value;
    }

    private static int number(Map<String, String> f, String name, int min, int max) {
        try {
            int n = Integer.parseInt(f.get(name));
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(name + " harus angka " + min + " sampai " + max);
    }
}
