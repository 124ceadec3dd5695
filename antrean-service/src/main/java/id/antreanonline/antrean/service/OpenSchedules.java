package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.shared.Wib;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** A day's schedules as the counter chooses among them: quotas, places left, and whether it still takes patients. */
@ApplicationScoped
public class OpenSchedules {

    private static final String OF_DAY = "select kodepoli, namapoli, kodedokter, namadokter, jampraktek, kuota_jkn,"
            + " kuota_nonjkn, held_jkn, held_nonjkn, libur from doctor_schedule where tanggal = $1"
            + " and ($2::text is null or kodepoli = $2) order by kodepoli, jampraktek, kodedokter";

    private final Pool pool;
    private final Clock clock;

    OpenSchedules(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** One practice and its places; {@code tutup} as {@link DoctorSchedule#closedAt} decides for a booking. */
    public record Slot(String kodepoli, String namapoli, String kodedokter, String namadokter, String tanggal,
            String jampraktek, int kuotajkn, int sisakuotajkn, int kuotanonjkn, int sisakuotanonjkn, boolean tutup) {
    }

    public Uni<List<Slot>> ofDay(String tanggal, String kodepoli) {
        LocalDate date = Wib.parseDate(tanggal).orElse(null);
        if (date == null) {
            return Uni.createFrom().failure(new StaffRefused(400,
                    "Format Tanggal Tidak Sesuai, format yang benar adalah yyyy-mm-dd"));
        }
        String poli = kodepoli == null || kodepoli.isBlank() ? null : kodepoli.trim();
        if (poli != null && !poli.matches("[A-Za-z0-9]{1,20}")) {
            return Uni.createFrom().failure(new StaffRefused(400, "kodepoli tidak sesuai"));
        }
        return pool.preparedQuery(OF_DAY).execute(Tuple.of(date, poli)).map(rows -> {
            List<Slot> slots = new ArrayList<>();
            for (Row r : rows) {
                slots.add(slot(date, r));
            }
            return slots;
        });
    }

    private Slot slot(LocalDate date, Row r) {
        DoctorSchedule s = new DoctorSchedule();
        s.tanggal = date;
        s.jampraktek = r.getString("jampraktek");
        s.kuotaJkn = r.getInteger("kuota_jkn");
        s.kuotaNonJkn = r.getInteger("kuota_nonjkn");
        s.libur = r.getBoolean("libur");
        return new Slot(r.getString("kodepoli"), r.getString("namapoli"), r.getString("kodedokter"),
                r.getString("namadokter"), Wib.DATE.format(date), s.jampraktek, s.kuotaJkn,
                Math.max(0, s.kuotaJkn - r.getInteger("held_jkn")), s.kuotaNonJkn,
                Math.max(0, s.kuotaNonJkn - r.getInteger("held_nonjkn")), s.closedAt(clock.instant()));
    }
}
