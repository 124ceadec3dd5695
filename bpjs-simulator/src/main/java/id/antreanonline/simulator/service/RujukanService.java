package id.antreanonline.simulator.service;

import static id.antreanonline.simulator.service.ScheduleService.ordered;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import id.antreanonline.shared.Wib;
import id.antreanonline.simulator.Hfis;

/**
 * VClaim's Rujukan group: referrals made up for a participant, from a primary-care provider (FKTP) or from
 * another hospital (RS). A number once shown is found again by number.
 */
@ApplicationScoped
public class RujukanService {

    private static final String REFERRING_RS = "0301R001";
    private static final String REFERRING_RS_NAME = "RSUP DR M DJAMIL";

    private final FakePeople people;
    private final HfisRegistry hfis;
    private final Clock clock;
    /** Referral numbers already shown, with their card and place in its list, so a look-up finds that referral. */
    private final Map<String, Shown> shown = new ConcurrentHashMap<>();

    private record Shown(String noKartu, int index) {
    }

    public RujukanService(FakePeople people, HfisRegistry hfis, Clock clock) {
        this.people = people;
        this.hfis = hfis;
        this.clock = clock;
    }

    public void reset() {
        shown.clear();
    }

    public Answer byNumber(String noRujukan, boolean fromRs) {
        return find(noRujukan, fromRs).map(r -> Vclaim.ok(Map.of("rujukan", r)))
                .orElseGet(() -> Answer.failed(Vclaim.NOT_FOUND));
    }

    /** The referral of that number, from primary care (FKTP) or from a hospital (RS), if there is one. */
    Optional<Map<String, Object>> find(String noRujukan, boolean fromRs) {
        Shown known = shown.get(noRujukan);
        int index = known == null ? 0 : known.index();
        return personOf(noRujukan, known, fromRs).map(p -> rujukan(p, fromRs, index));
    }

    public Answer byPeserta(String noKartu, boolean fromRs) {
        return people.byNoKartu(noKartu).map(p -> Vclaim.ok(Map.of("rujukan", rujukan(p, fromRs, 0))))
                .orElseGet(() -> Answer.failed(Vclaim.NOT_FOUND));
    }

    public Answer listByPeserta(String noKartu, boolean fromRs) {
        return people.byNoKartu(noKartu)
                .map(p -> Vclaim.ok(Map.of("rujukan", List.of(rujukan(p, fromRs, 0), rujukan(p, fromRs, 1)))))
                .orElseGet(() -> Answer.failed(Vclaim.NOT_FOUND));
    }

    /** The participant of a referral number: the one it was shown for, else read from its card digits. */
    private Optional<FakePeople.Person> personOf(String noRujukan, Shown known, boolean fromRs) {
        String marker = fromRs ? "B" : "P";
        if (known != null) {
            return noRujukan.substring(12, 13).equals(marker) ? people.byNoKartu(known.noKartu()) : Optional.empty();
        }
        if (noRujukan.length() != 19 || !noRujukan.substring(12, 13).equals(marker)
                || !Fields.digits(noRujukan.substring(13), 6)) {
            return Optional.empty();
        }
        return people.byNoKartu("0001" + String.format("%09d", Long.parseLong(noRujukan.substring(13))));
    }

    /** A referral made for a participant: the provider, MMyy, P (FKTP) or B (RS), then card digits. */
    private Map<String, Object> rujukan(FakePeople.Person p, boolean fromRs, int index) {
        LocalDate today = Vclaim.today(clock);
        LocalDate tglKunjungan = today.minusDays(5 + 20L * index);
        String provider = fromRs ? REFERRING_RS : p.kdProvider();
        String nama = fromRs ? REFERRING_RS_NAME : p.nmProvider();
        String no = provider + tglKunjungan.format(Vclaim.MMYY) + (fromRs ? "B" : "P") + p.noKartu().substring(7);
        String noKunjungan = index == 0 ? no : no.substring(0, no.length() - 1) + index;
        shown.put(noKunjungan, new Shown(p.noKartu(), index));
        String[] diag = ReferensiService.diagnosisAt(Integer.parseInt(p.noKartu().substring(9)) + index);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("diagnosa", ordered("kode", diag[0], "nama", diag[0] + " - " + diag[1]));
        r.put("keluhan", "kontrol");
        r.put("noKunjungan", noKunjungan);
        r.put("pelayanan", ordered("kode", "2", "nama", "Rawat Jalan"));
        r.put("peserta", people.peserta(p, tglKunjungan, today));
        r.put("poliRujukan", poliRujukan(Integer.parseInt(p.noKartu().substring(10)) + index));
        r.put("provPerujuk", ordered("kode", provider, "nama", nama));
        r.put("tglKunjungan", tglKunjungan.format(Wib.DATE));
        return r;
    }

    private Map<String, Object> poliRujukan(int n) {
        List<Hfis.Poli> poli = hfis.current().poli();
        if (poli.isEmpty()) {
            return ordered("kode", "INT", "nama", "PENYAKIT DALAM");
        }
        Hfis.Poli chosen = poli.get(n % poli.size());
        return ordered("kode", chosen.kodepoli(), "nama", chosen.namapoli());
    }
}
