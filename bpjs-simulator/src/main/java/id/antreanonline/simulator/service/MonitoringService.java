package id.antreanonline.simulator.service;

import static id.antreanonline.simulator.service.ScheduleService.ordered;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.antreanonline.shared.Wib;

/**
 * VClaim's monitoring group, from the SEPs issued: visits, claims (all still "Proses Verifikasi"), a
 * participant's history, and INA-CBG data (none: grouping runs in E-Klaim).
 */
@ApplicationScoped
public class MonitoringService {

    private final IssuedSeps seps;

    public MonitoringService(IssuedSeps seps) {
        this.seps = seps;
    }

    public Answer visits(String tanggal, String jnsPelayanan) {
        Optional<LocalDate> date = Wib.parseDate(tanggal);
        if (date.isEmpty()) {
            return Answer.failed(Vclaim.BAD_DATE);
        }
        String day = date.get().format(Wib.DATE);
        String jenis = jenisLabel(jnsPelayanan);
        List<Map<String, Object>> list = seps.where(s -> day.equals(s.get("tglSep"))
                && jenis.equals(s.get("jnsPelayanan"))).stream().map(MonitoringService::visitRow).toList();
        return Vclaim.listOrNotFound("sep", list);
    }

    public Answer claims(String tanggal, String jnsPelayanan, String status) {
        Optional<LocalDate> date = Wib.parseDate(tanggal);
        if (date.isEmpty()) {
            return Answer.failed(Vclaim.BAD_DATE);
        }
        if (!List.of("1", "2", "3").contains(status)) {
            return Answer.failed("Status Klaim Tidak Sesuai, isi 1 (Proses Verifikasi), 2 (Pending) atau 3 (Klaim)");
        }
        String day = date.get().format(Wib.DATE);
        String jenis = jenisLabel(jnsPelayanan);
        // Every SEP of the simulator is still being verified: status 1 lists them, 2 and 3 find nothing.
        List<Map<String, Object>> list = !status.equals("1") ? List.of()
                : seps.where(s -> day.equals(s.get("tglPulang")) && jenis.equals(s.get("jnsPelayanan"))).stream()
                        .map(MonitoringService::claimRow).toList();
        return Vclaim.listOrNotFound("klaim", list);
    }

    public Answer history(String noKartu, String mulai, String akhir) {
        Optional<LocalDate> from = Wib.parseDate(mulai);
        Optional<LocalDate> to = Wib.parseDate(akhir);
        if (from.isEmpty() || to.isEmpty()) {
            return Answer.failed(Vclaim.BAD_DATE);
        }
        List<Map<String, Object>> list = seps.where(s -> s.get("peserta") instanceof Map<?, ?> p
                && noKartu.equals(p.get("noKartu")) && !LocalDate.parse((String) s.get("tglSep")).isBefore(from.get())
                && !LocalDate.parse((String) s.get("tglSep")).isAfter(to.get()))
                .stream().map(s -> {
                    Map<String, Object> row = visitRow(s);
                    row.put("ppkPelayanan", SimulatedHospital.NAME);
                    return row;
                }).toList();
        return Vclaim.listOrNotFound("histori", list);
    }

    /** The INA-CBG data BPJS holds for a SEP; grouping runs in E-Klaim, so the simulator has none yet. */
    public Answer cbg(String noSep) {
        return Answer.failed(seps.get(noSep).isPresent() ? "Data Klaim INA-CBG Belum Ada" : Vclaim.NOT_FOUND);
    }

    private static String jenisLabel(String jnsPelayanan) {
        return jnsPelayanan.equals("1") ? "R.Inap" : "R.Jalan";
    }

    private static Map<String, Object> visitRow(Map<String, Object> s) {
        Map<?, ?> p = (Map<?, ?>) s.get("peserta");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("diagnosa", s.get("diagnosa"));
        row.put("jnsPelayanan", s.get("jnsPelayanan"));
        row.put("kelasRawat", s.get("kelasRawat"));
        row.put("nama", p.get("nama"));
        row.put("noKartu", p.get("noKartu"));
        row.put("noRujukan", s.get("noRujukan"));
        row.put("noSep", s.get("noSep"));
        row.put("poli", s.get("poli"));
        row.put("tglPlgSep", s.get("tglPulang"));
        row.put("tglSep", s.get("tglSep"));
        return row;
    }

    private static Map<String, Object> claimRow(Map<String, Object> s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Inacbg", ordered("kode", "", "nama", ""));
        row.put("biaya", ordered("byPengajuan", "0", "bySetujui", "0", "byTarifGruper", "0", "byTarifRS", "0",
                "byTopup", "0"));
        row.put("kelasRawat", s.get("kelasRawat"));
        row.put("noFPK", "");
        row.put("noSEP", s.get("noSep"));
        row.put("peserta", s.get("peserta"));
        row.put("poli", s.get("poli"));
        row.put("status", "Proses Verifikasi");
        row.put("tglPulang", s.get("tglPulang"));
        row.put("tglSep", s.get("tglSep"));
        return row;
    }
}
