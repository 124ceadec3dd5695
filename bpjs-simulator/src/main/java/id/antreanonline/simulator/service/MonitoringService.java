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
    private final HfisRegistry hfis;

    public MonitoringService(IssuedSeps seps, HfisRegistry hfis) {
        this.seps = seps;
        this.hfis = hfis;
    }

    public Answer visits(String tanggal, String jnsPelayanan) {
        Optional<LocalDate> date = Wib.parseDate(tanggal);
        if (date.isEmpty()) {
            return Answer.failed(Vclaim.BAD_DATE);
        }
        boolean inpatient = jnsPelayanan.equals("1");
        List<Map<String, Object>> list = seps.where(s -> date.get().equals(s.tglSep()) && inpatient == s.inpatient())
                .stream().map(this::visitRow).toList();
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
        boolean inpatient = jnsPelayanan.equals("1");
        // Every SEP of the simulator is still being verified: status 1 lists them, 2 and 3 find nothing.
        List<Map<String, Object>> list = !status.equals("1") ? List.of()
                : seps.where(s -> s.tglPulang().equals(date) && inpatient == s.inpatient()).stream()
                        .map(this::claimRow).toList();
        return Vclaim.listOrNotFound("klaim", list);
    }

    public Answer history(String noKartu, String mulai, String akhir) {
        Optional<LocalDate> from = Wib.parseDate(mulai);
        Optional<LocalDate> to = Wib.parseDate(akhir);
        if (from.isEmpty() || to.isEmpty()) {
            return Answer.failed(Vclaim.BAD_DATE);
        }
        List<Map<String, Object>> list = seps.where(s -> noKartu.equals(s.peserta().noKartu())
                && !s.tglSep().isBefore(from.get()) && !s.tglSep().isAfter(to.get()))
                .stream().map(this::historyRow).toList();
        return Vclaim.listOrNotFound("histori", list);
    }

    /** The INA-CBG data BPJS holds for a SEP; grouping runs in E-Klaim, so the simulator has none yet. */
    public Answer cbg(String noSep) {
        return Answer.failed(seps.get(noSep).isPresent() ? "Data Klaim INA-CBG Belum Ada" : Vclaim.NOT_FOUND);
    }

    private Map<String, Object> visitRow(IssuedSep s) {
        return sepRow(s, "nama");
    }

    /** A visit in a member's history: the member is namaPeserta there, and the row says where the visit was. */
    private Map<String, Object> historyRow(IssuedSep s) {
        Map<String, Object> row = sepRow(s, "namaPeserta");
        row.put("ppkPelayanan", SimulatedHospital.NAME);
        return row;
    }

    private Map<String, Object> sepRow(IssuedSep s, String memberName) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("diagnosa", s.diagnosa());
        row.put("jnsPelayanan", s.jenisPelayanan());
        row.put("kelasRawat", s.kelasRawat());
        row.put(memberName, s.peserta().nama());
        row.put("noKartu", s.peserta().noKartu());
        row.put("noRujukan", s.sent("rujukan", "noRujukan"));
        row.put("noSep", s.noSep());
        row.put("poli", hfis.namapoli(s.poli()));
        row.put("tglPlgSep", s.tglPulangText());
        row.put("tglSep", s.tglSep().format(Wib.DATE));
        return row;
    }

    private Map<String, Object> claimRow(IssuedSep s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Inacbg", ordered("kode", "", "nama", ""));
        row.put("biaya", ordered("byPengajuan", "0", "bySetujui", "0", "byTarifGruper", "0", "byTarifRS", "0",
                "byTopup", "0"));
        row.put("kelasRawat", s.kelasRawat());
        row.put("noFPK", "");
        row.put("noSEP", s.noSep());
        row.put("peserta", ordered("nama", s.peserta().nama(), "noKartu", s.peserta().noKartu(), "noMR",
                s.sent("noMR")));
        row.put("poli", hfis.namapoli(s.poli()));
        row.put("status", "Proses Verifikasi");
        row.put("tglPulang", s.tglPulangText());
        row.put("tglSep", s.tglSep().format(Wib.DATE));
        return row;
    }
}
