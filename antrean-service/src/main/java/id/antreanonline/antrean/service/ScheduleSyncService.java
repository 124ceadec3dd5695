package id.antreanonline.antrean.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.client.GatewayClient;
import id.antreanonline.antrean.client.HfisSchedule;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.antrean.repository.DoctorScheduleRepository;
import id.antreanonline.shared.Wib;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Imports a poli's doctor schedules of one day from BPJS HFIS (through the gateway). The capacity is split into
 * JKN and non-JKN quotas by the configured share; numbers already given on a schedule are kept.
 */
@ApplicationScoped
public class ScheduleSyncService {

    private final GatewayClient gateway;
    private final DoctorScheduleRepository schedules;
    private final AntreanConfig config;

    ScheduleSyncService(GatewayClient gateway, DoctorScheduleRepository schedules, AntreanConfig config) {
        this.gateway = gateway;
        this.schedules = schedules;
        this.config = config;
    }

    public Uni<List<DoctorSchedule>> sync(String kodepoli, String tanggal) {
        return hfis(kodepoli, tanggal).chain(list -> store(Wib.parseDate(tanggal).orElseThrow(), list));
    }

    /** What HFIS has for the poli and day, as schedules not stored (the go-live migration's dry run reads them). */
    public Uni<List<DoctorSchedule>> fetch(String kodepoli, String tanggal) {
        return hfis(kodepoli, tanggal).map(list -> {
            LocalDate date = Wib.parseDate(tanggal).orElseThrow();
            return usable(list).map(h -> fill(new DoctorSchedule(), date, h)).toList();
        });
    }

    private Uni<List<HfisSchedule>> hfis(String kodepoli, String tanggal) {
        if (kodepoli == null || !kodepoli.trim().matches("[A-Za-z0-9]{1,20}")) {
            return Uni.createFrom().failure(new StaffRefused(400, "kodepoli tidak sesuai"));
        }
        LocalDate date = Wib.parseDate(tanggal).orElse(null);
        if (date == null) {
            return Uni.createFrom().failure(new StaffRefused(400,
                    "Format Tanggal Tidak Sesuai, format yang benar adalah yyyy-mm-dd"));
        }
        return gateway.doctorSchedules(kodepoli.trim(), tanggal)
                .onFailure(GatewayClient.Refused.class)
                .transform(e -> new StaffRefused(502, "Jadwal HFIS tidak dapat diambil: " + e.getMessage()));
    }

    private static Stream<HfisSchedule> usable(List<HfisSchedule> imported) {
        return imported.stream().filter(h -> h.kodedokter() != null
                && DoctorSchedule.validHours(DoctorSchedule.normaliseHours(h.jadwal())));
    }

    @WithTransaction
    Uni<List<DoctorSchedule>> store(LocalDate date, List<HfisSchedule> imported) {
        List<DoctorSchedule> stored = new ArrayList<>();
        return Multi.createFrom().iterable(usable(imported).toList())
                .onItem().transformToUniAndConcatenate(h -> upsert(date, h).invoke(stored::add))
                .collect().last()
                .replaceWith(stored);
    }

    private Uni<DoctorSchedule> upsert(LocalDate date, HfisSchedule h) {
        return schedules.findSlot(kodepoliOf(h), h.kodedokter(), date, h.jadwal()).chain(existing -> {
            DoctorSchedule s = fill(existing != null ? existing : new DoctorSchedule(), date, h);
            return existing != null ? Uni.createFrom().item(s) : schedules.persist(s);
        });
    }

    private static String kodepoliOf(HfisSchedule h) {
        return h.kodesubspesialis() != null && !h.kodesubspesialis().isBlank() ? h.kodesubspesialis() : h.kodepoli();
    }

    /** The schedule as HFIS gives it; numbers already given are not touched. */
    private DoctorSchedule fill(DoctorSchedule s, LocalDate date, HfisSchedule h) {
        String kodepoli = kodepoliOf(h);
        String namapoli = h.namasubspesialis() != null && !h.namasubspesialis().isBlank() ? h.namasubspesialis()
                : h.namapoli();
        int capacity = h.kapasitaspasien() == null ? 0 : Math.max(0, h.kapasitaspasien());
        int jkn = (int) Math.round(capacity * config.booking().jknShare());
        s.kodepoli = kodepoli;
        s.namapoli = namapoli == null ? kodepoli : namapoli;
        s.kodedokter = h.kodedokter();
        s.namadokter = h.namadokter() == null ? h.kodedokter() : h.namadokter();
        s.tanggal = date;
        s.jampraktek = DoctorSchedule.normaliseHours(h.jadwal());
        s.kuotaJkn = jkn;
        s.kuotaNonJkn = capacity - jkn;
        s.libur = h.libur() != null && h.libur() != 0;
        return s;
    }
}
