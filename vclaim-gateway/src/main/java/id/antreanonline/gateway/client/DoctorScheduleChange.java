package id.antreanonline.gateway.client;

import java.util.List;

/**
 * The body of jadwaldokter/updatejadwaldokter (UPDATE JADWAL DOKTER HFIS): a doctor's new weekly hours at a poli,
 * typed as BPJS's catalogue shows them ({@code kodedokter} a number, {@code hari} "1" (Monday) to "8" (holiday)).
 */
public record DoctorScheduleChange(String kodepoli, String kodesubspesialis, long kodedokter, List<Day> jadwal) {

    /** One day of practice: {@code buka} and {@code tutup} as "HH:mm". */
    public record Day(String hari, String buka, String tutup) {
    }
}
