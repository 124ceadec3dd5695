package id.antreanonline.farmasi.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.service.Refusal.Kind;
import id.antreanonline.shared.TaskId;
import id.antreanonline.shared.Wib;

/**
 * Contract section 1, decided before anything is stored: the flow of a new patient (1-2-3-4-5, +6-7 with medicine)
 * or a returning one (3-4-5, +6-7), each task right after its predecessor, times strictly increasing and on the visit
 * date (WIB), never in the future. Task 99 (no-show / cancelled) ends an open visit at any point before the poli
 * finished serving the patient (task 5): the seed defines 99 as "tidak hadir/batal", and after task 5 the patient was
 * present and served, so there is nothing left to call off (the pharmacy part simply ends without 6-7).
 */
public final class TaskRules {

    /** A kiosk's or a station PC's clock may run a little ahead of ours. */
    static final long FUTURE_TOLERANCE_MS = 5 * 60 * 1000L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss 'WIB'")
            .withZone(Wib.ZONE);

    private TaskRules() {
    }

    public sealed interface Decision {
    }

    /** Record it. {@code jenisresep} is the visit's prescription after this step (null: none). */
    public record Accept(String jenisresep) implements Decision {
    }

    /** The very same step (task and time) is already recorded: answer OK, publish nothing. */
    public record Duplicate() implements Decision {
    }

    public record Refuse(Refusal refusal) implements Decision {
    }

    /**
     * @param recorded the visit's recorded tasks: taskid to waktu
     * @param jenisresep as the station sent it (raw)
     */
    public static Decision decide(Visit visit, Map<Integer, Long> recorded, int taskid, long waktu, String jenisresep,
            long now) {
        Optional<TaskId> task = TaskId.of(taskid);
        if (task.isEmpty()) {
            return refuse(Kind.BAD_REQUEST, "Task ID " + taskid + " tidak dikenal; yang berlaku 1 sampai 7 dan 99");
        }
        if (visit == null) {
            return refuse(Kind.NOT_FOUND, "Kode booking tidak ditemukan");
        }
        Long already = recorded.get(taskid);
        if (already != null) {
            return already == waktu ? new Duplicate()
                    : refuse(Kind.CONFLICT, "Task " + taskid + " sudah tercatat untuk kode booking ini pada "
                            + format(already) + "; waktu yang tercatat tidak diubah");
        }
        if (visit.status == Visit.Status.CANCELLED) {
            return refuse(Kind.CONFLICT, "Antrean ini sudah dibatalkan; task tidak dapat dicatat");
        }
        if (visit.status == Visit.Status.ENDED) {
            return refuse(Kind.CONFLICT, "Kunjungan ini sudah diakhiri (task 99); task tidak dapat dicatat");
        }
        String resep;
        try {
            resep = JenisResep.normalise(jenisresep);
        } catch (IllegalArgumentException e) {
            return refuse(Kind.BAD_REQUEST, "jenisresep harus \"racikan\", \"non racikan\" atau \"tidak ada\"");
        }
        Optional<Refusal> timeRefusal = timeRefusal(visit, taskid, waktu, now);
        if (timeRefusal.isPresent()) {
            return new Refuse(timeRefusal.get());
        }
        Optional<Refusal> orderRefusal = orderRefusal(visit, taskid);
        if (orderRefusal.isPresent()) {
            return new Refuse(orderRefusal.get());
        }
        String prescription = visit.jenisresep;
        if ((taskid == 5 || taskid == 6) && resep != null) {
            prescription = resep;
        }
        if (taskid == 6 && prescription == null) {
            return refuse(Kind.CONFLICT, "Kunjungan ini tidak memiliki resep obat; task 6 dan 7 hanya untuk pasien "
                    + "yang mendapat obat (kirim jenisresep racikan atau non racikan)");
        }
        return new Accept(prescription);
    }

    private static Optional<Refusal> timeRefusal(Visit visit, int taskid, long waktu, long now) {
        LocalDate day = Wib.dateOf(waktu);
        if (!day.equals(visit.tanggalperiksa)) {
            return Optional.of(Refusal.of(Kind.UNPROCESSABLE, "Waktu task " + taskid + " (" + format(waktu)
                    + ") bukan pada tanggal periksa " + Wib.DATE.format(visit.tanggalperiksa)));
        }
        if (waktu > now + FUTURE_TOLERANCE_MS) {
            return Optional.of(Refusal.of(Kind.UNPROCESSABLE, "Waktu task " + taskid + " (" + format(waktu)
                    + ") belum terjadi; waktu tidak boleh melebihi waktu sekarang"));
        }
        if (visit.lastWaktu != null && waktu <= visit.lastWaktu) {
            return Optional.of(Refusal.of(Kind.UNPROCESSABLE, "Waktu task " + taskid + " (" + format(waktu)
                    + ") harus setelah waktu task " + visit.lastTaskid + " (" + format(visit.lastWaktu) + ")"));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> orderRefusal(Visit visit, int taskid) {
        Integer last = visit.lastTaskid;
        if (taskid == TaskId.NO_SHOW.code()) {
            return last != null && last >= 5
                    ? Optional.of(Refusal.of(Kind.CONFLICT, "Task 99 tidak dapat dicatat: pasien sudah selesai "
                            + "dilayani di poli (task " + last + ")"))
                    : Optional.empty();
        }
        int first = visit.newPatient() ? 1 : 3;
        if (last == null) {
            if (taskid == first) {
                return Optional.empty();
            }
            if (!visit.newPatient() && taskid < 3) {
                return Optional.of(Refusal.of(Kind.CONFLICT, "Task " + taskid + " hanya untuk pasien baru; "
                        + "pasien lama memulai dari task 3 (check-in)"));
            }
            return Optional.of(Refusal.of(Kind.CONFLICT, "Task " + taskid + " tidak dapat dicatat: pasien belum "
                    + "check-in (task " + first + ")"));
        }
        if (taskid <= last) {
            return Optional.of(Refusal.of(Kind.CONFLICT, "Task " + taskid + " tidak dapat dicatat setelah task "
                    + last));
        }
        if (taskid != last + 1) {
            return Optional.of(Refusal.of(Kind.CONFLICT, "Task " + taskid + " tidak dapat dicatat sebelum task "
                    + (taskid - 1)));
        }
        return Optional.empty();
    }

    private static Refuse refuse(Kind kind, String message) {
        return new Refuse(Refusal.of(kind, message));
    }

    static String format(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }
}
