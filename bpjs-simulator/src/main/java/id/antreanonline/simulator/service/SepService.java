package id.antreanonline.simulator.service;

import static id.antreanonline.simulator.service.Fields.text;
import static id.antreanonline.simulator.service.ScheduleService.ordered;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.shared.Wib;
import id.antreanonline.simulator.Hfis;

/**
 * VClaim's SEP 2.0 group: issuing a SEP (seed vclaim-sep-insert-2.0.txt), changing, deleting and reading the SEPs
 * issued, and their discharge date.
 */
@ApplicationScoped
public class SepService {

    private static final String OUTPATIENT = "2";

    private final FakePeople people;
    private final HfisRegistry hfis;
    private final IssuedSeps seps;
    private final Clock clock;

    public SepService(FakePeople people, HfisRegistry hfis, IssuedSeps seps, Clock clock) {
        this.people = people;
        this.hfis = hfis;
        this.seps = seps;
        this.clock = clock;
    }

    public Answer insert(JsonNode body) {
        JsonNode t = body.path("request").path("t_sep");
        if (!t.isObject()) {
            return Answer.failed("Format request tidak sesuai, request.t_sep tidak ada");
        }
        Optional<FakePeople.Person> person = people.byNoKartu(text(t, "noKartu"));
        Optional<LocalDate> tglSep = Wib.parseDate(text(t, "tglSep"));
        // checked in VClaim's order: participant, date, the request's fields, then the outpatient rules
        Optional<String> refusal = participantRefusal(person)
                .or(() -> sepDateRefusal(tglSep))
                .or(() -> fieldRefusal(t))
                .or(() -> outpatientRefusal(t, tglSep.get()));
        if (refusal.isPresent()) {
            return Answer.failed(refusal.get());
        }
        Map<String, Object> sep = newSep(t, person.get(), tglSep.get());
        seps.add(sep);
        return Vclaim.done(Map.of("sep", publicView(sep)));
    }

    private static Optional<String> participantRefusal(Optional<FakePeople.Person> person) {
        if (person.isEmpty()) {
            return Optional.of(Vclaim.PESERTA_NOT_FOUND);
        }
        return person.get().aktif() ? Optional.empty() : Optional.of("Status Peserta Tidak Aktif");
    }

    private Optional<String> sepDateRefusal(Optional<LocalDate> tglSep) {
        if (tglSep.isEmpty()) {
            return Optional.of(Vclaim.BAD_DATE);
        }
        return tglSep.get().isAfter(Vclaim.today(clock))
                ? Optional.of("Tanggal SEP Tidak Boleh Melebihi Tanggal Hari Ini")
                : Optional.empty();
    }

    private static Optional<String> fieldRefusal(JsonNode t) {
        String jnsPelayanan = text(t, "jnsPelayanan");
        if (!jnsPelayanan.equals("1") && !jnsPelayanan.equals(OUTPATIENT)) {
            return Optional.of("Jenis Pelayanan Tidak Sesuai, isi 1 (Rawat Inap) atau 2 (Rawat Jalan)");
        }
        if (!List.of("1", "2", "3").contains(text(t.path("klsRawat"), "klsRawatHak"))) {
            return Optional.of("Kelas Rawat Hak Tidak Sesuai");
        }
        Optional<String> missing = Vclaim.firstMissing(t, "noMR", "diagAwal", "noTelp", "user");
        if (missing.isPresent()) {
            return Optional.of(missing.get() + " tidak boleh kosong");
        }
        return ReferensiService.diagnosisLabel(text(t, "diagAwal")).isEmpty()
                ? Optional.of("Diagnosa Awal Tidak Ditemukan")
                : Optional.empty();
    }

    /** An outpatient SEP needs a poli and a referral, and one per participant, poli and day. */
    private Optional<String> outpatientRefusal(JsonNode t, LocalDate tglSep) {
        if (!text(t, "jnsPelayanan").equals(OUTPATIENT)) {
            return Optional.empty();
        }
        String poliTujuan = text(t.path("poli"), "tujuan");
        if (poliTujuan.isEmpty()) {
            return Optional.of("Poli Tujuan tidak boleh kosong");
        }
        if (text(t.path("rujukan"), "noRujukan").isEmpty()) {
            return Optional.of("No. Rujukan tidak boleh kosong");
        }
        String tanggal = tglSep.format(Wib.DATE);
        boolean sameDayAgain = seps.anyMatch(s -> s.get("peserta") instanceof Map<?, ?> ps
                && text(t, "noKartu").equals(ps.get("noKartu")) && tanggal.equals(s.get("tglSep"))
                && poliTujuan.equals(s.get("kdPoli")));
        return sameDayAgain
                ? Optional.of("Peserta Sudah Mendapatkan SEP Rawat Jalan Di Poli Yang Sama Pada Tanggal " + tanggal)
                : Optional.empty();
    }

    private Map<String, Object> newSep(JsonNode t, FakePeople.Person p, LocalDate tglSep) {
        boolean inpatient = text(t, "jnsPelayanan").equals("1");
        String poliTujuan = text(t.path("poli"), "tujuan");
        String ppk = text(t, "ppkPelayanan").isEmpty() ? SimulatedHospital.PPK_CODE : text(t, "ppkPelayanan");
        Map<String, Object> sep = new LinkedHashMap<>();
        sep.put("assestmenPel", text(t, "assesmentPel"));
        sep.put("catatan", text(t, "catatan"));
        sep.put("diagnosa", ReferensiService.diagnosisLabel(text(t, "diagAwal")).orElseThrow());
        sep.put("flagProcedure", text(t, "flagProcedure"));
        sep.put("informasi", ordered("dinsos", null, "eSEP", "False", "noSKTM", null, "prolanisPRB", null));
        sep.put("jnsPelayanan", inpatient ? "R.Inap" : "R.Jalan");
        sep.put("kdPenunjang", text(t, "kdPenunjang"));
        sep.put("kdPoli", poliTujuan);
        sep.put("kelasRawat", inpatient ? "Kelas " + text(t.path("klsRawat"), "klsRawatHak") : "-");
        sep.put("noRujukan", text(t.path("rujukan"), "noRujukan"));
        sep.put("noSep", seps.nextNumber(ppk, tglSep));
        sep.put("penjamin", "-");
        sep.put("peserta", sepPeserta(p, text(t, "noMR")));
        sep.put("poli", hfis.poli(poliTujuan).map(Hfis.Poli::namapoli).orElse(poliTujuan));
        sep.put("poliEksekutif", "1".equals(text(t.path("poli"), "eksekutif")) ? "Ya" : "Tidak");
        sep.put("tglSep", tglSep.format(Wib.DATE));
        sep.put("tujuanKunj", text(t, "tujuanKunj").isEmpty() ? "0" : text(t, "tujuanKunj"));
        sep.put("tglPulang", null);
        String dpjp = text(t, "dpjpLayan").isEmpty() ? text(t.path("skdp"), "kodeDPJP") : text(t, "dpjpLayan");
        sep.put("dpjp", ordered("kdDPJP", dpjp, "nmDPJP", ""));
        return sep;
    }

    private static Map<String, Object> sepPeserta(FakePeople.Person p, String noMr) {
        return ordered("asuransi", "-", "hakKelas", "Kelas " + p.hakKelas(), "jnsPeserta", p.nmJenisPeserta(),
                "kelamin", p.sex().equals("L") ? "Laki-Laki" : "Perempuan", "nama", p.nama(), "noKartu",
                p.noKartu(), "noMr", noMr, "tglLahir", p.tglLahir().format(Wib.DATE));
    }

    /** The SEP as insert answers it: without the discharge date and the DPJP, which only the look-up shows. */
    private static Map<String, Object> publicView(Map<String, Object> sep) {
        Map<String, Object> copy = new LinkedHashMap<>(sep);
        copy.remove("tglPulang");
        copy.remove("dpjp");
        return copy;
    }

    public Answer update(JsonNode body) {
        JsonNode t = body.path("request").path("t_sep");
        Optional<Map<String, Object>> found = seps.get(text(t, "noSep"));
        if (found.isEmpty()) {
            return Answer.failed(Vclaim.SEP_NOT_FOUND);
        }
        if (text(t, "user").isEmpty()) {
            return Answer.failed(Vclaim.USER_MISSING);
        }
        Map<String, Object> sep = found.get();
        synchronized (sep) {
            if (!text(t, "catatan").isEmpty()) {
                sep.put("catatan", text(t, "catatan"));
            }
            if (!text(t, "diagAwal").isEmpty()) {
                Optional<String> diagnosa = ReferensiService.diagnosisLabel(text(t, "diagAwal"));
                if (diagnosa.isEmpty()) {
                    return Answer.failed("Diagnosa Awal Tidak Ditemukan");
                }
                sep.put("diagnosa", diagnosa.get());
            }
        }
        return Vclaim.done(sep.get("noSep"));
    }

    public Answer delete(JsonNode body) {
        JsonNode t = body.path("request").path("t_sep");
        if (text(t, "user").isEmpty()) {
            return Answer.failed(Vclaim.USER_MISSING);
        }
        return seps.remove(text(t, "noSep")).map(removed -> Vclaim.done(removed.get("noSep")))
                .orElseGet(() -> Answer.failed(Vclaim.SEP_NOT_FOUND));
    }

    public Answer updateDischargeDate(JsonNode body) {
        JsonNode t = body.path("request").path("t_sep");
        Optional<Map<String, Object>> found = seps.get(text(t, "noSep"));
        if (found.isEmpty()) {
            return Answer.failed(Vclaim.SEP_NOT_FOUND);
        }
        Map<String, Object> sep = found.get();
        Optional<LocalDate> tglPulang = Wib.parseDate(text(t, "tglPulang"));
        if (tglPulang.isEmpty()) {
            return Answer.failed(Vclaim.BAD_DATE);
        }
        if (tglPulang.get().isBefore(LocalDate.parse((String) sep.get("tglSep")))) {
            return Answer.failed("Tanggal Pulang Tidak Boleh Kurang Dari Tanggal SEP");
        }
        if (tglPulang.get().isAfter(Vclaim.today(clock))) {
            return Answer.failed("Tanggal Pulang Tidak Boleh Melebihi Tanggal Hari Ini");
        }
        synchronized (sep) {
            sep.put("tglPulang", tglPulang.get().format(Wib.DATE));
        }
        return Vclaim.done(sep.get("noSep"));
    }

    public Answer byNumber(String noSep) {
        return seps.get(noSep).map(sep -> {
            Map<String, Object> detail = new LinkedHashMap<>(publicView(sep));
            detail.put("dpjp", sep.get("dpjp"));
            detail.put("tglPlgSep", sep.get("tglPulang"));
            return Vclaim.ok(detail);
        }).orElseGet(() -> Answer.failed(Vclaim.SEP_NOT_FOUND));
    }
}
