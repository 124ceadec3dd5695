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
    private static final Map<String, String> TUJUAN_KUNJ = Map.of("0", "Normal", "1", "Prosedur", "2",
            "Konsul Dokter");
    private static final Map<String, String> FLAG_PROCEDURE = Map.of("0", "Prosedur Tidak Berkelanjutan", "1",
            "Prosedur dan Terapi Berkelanjutan");
    private static final Map<String, String> PENUNJANG = Map.ofEntries(Map.entry("1", "Radioterapi"),
            Map.entry("2", "Kemoterapi"), Map.entry("3", "Rehabilitasi Medik"),
            Map.entry("4", "Rehabilitasi Psikososial"), Map.entry("5", "Transfusi Darah"),
            Map.entry("6", "Pelayanan Gigi"), Map.entry("7", "Laboratorium"), Map.entry("8", "USG"),
            Map.entry("9", "Farmasi"), Map.entry("10", "Lain-Lain"), Map.entry("11", "MRI"),
            Map.entry("12", "HEMODIALISA"));
    private static final Map<String, String> ASSESMENT = Map.of(
            "1", "Poli spesialis tidak tersedia pada hari sebelumnya",
            "2", "Jam Poli telah berakhir pada hari sebelumnya",
            "3", "Dokter Spesialis yang dimaksud tidak praktek pada hari sebelumnya",
            "4", "Atas Instruksi RS",
            "5", "Tujuan Kontrol");
    private static final Map<String, String> KECELAKAAN = Map.of("0", "Bukan Kecelakaan",
            "1", "KLL dan Bukan Kecelakaan Kerja", "2", "KLL dan Kecelakaan Kerja", "3", "Kecelakaan Kerja");

    private final FakePeople people;
    private final HfisRegistry hfis;
    private final IssuedSeps seps;
    private final RujukanService rujukan;
    private final RencanaKontrolService rencanaKontrol;
    private final Clock clock;

    public SepService(FakePeople people, HfisRegistry hfis, IssuedSeps seps, RujukanService rujukan,
            RencanaKontrolService rencanaKontrol, Clock clock) {
        this.people = people;
        this.hfis = hfis;
        this.seps = seps;
        this.rujukan = rujukan;
        this.rencanaKontrol = rencanaKontrol;
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
                .or(() -> fieldRefusal(t));
        if (refusal.isPresent()) {
            return Answer.failed(refusal.get());
        }
        Optional<Map<String, Object>> referral = referral(t.path("rujukan"));
        IssuedSep sep;
        // the one-SEP-per-poli-and-day check and the issue are one step, so a double submission gets one SEP
        synchronized (seps) {
            refusal = outpatientRefusal(t, tglSep.get(), referral);
            if (refusal.isPresent()) {
                return Answer.failed(refusal.get());
            }
            String ppk = text(t, "ppkPelayanan").isEmpty() ? SimulatedHospital.PPK_CODE : text(t, "ppkPelayanan");
            IssuedSep.Perujuk perujuk = referral.map(r -> (Map<?, ?>) r.get("provPerujuk"))
                    .map(pp -> new IssuedSep.Perujuk((String) pp.get("kode"), (String) pp.get("nama")))
                    .orElseGet(() -> new IssuedSep.Perujuk(text(t.path("rujukan"), "ppkRujukan"), null));
            sep = new IssuedSep(seps.nextNumber(ppk, tglSep.get()), person.get(), tglSep.get(), perujuk, t);
            seps.add(sep);
        }
        return Vclaim.done(Map.of("sep", insertAnswer(sep)));
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

    /** The referral named, from primary care (asalRujukan 1) or a hospital (2); either when the origin is not said. */
    private Optional<Map<String, Object>> referral(JsonNode r) {
        String no = text(r, "noRujukan");
        String asal = text(r, "asalRujukan");
        if (no.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, Object>> fromFktp = asal.equals("2") ? Optional.empty() : rujukan.find(no, false);
        return fromFktp.or(() -> asal.equals("1") ? Optional.empty() : rujukan.find(no, true));
    }

    /**
     * An outpatient SEP needs a poli and an existing referral, on a control visit an existing surat kontrol, and is
     * one per participant, poli and day.
     */
    private Optional<String> outpatientRefusal(JsonNode t, LocalDate tglSep, Optional<Map<String, Object>> referral) {
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
        if (referral.isEmpty()) {
            return Optional.of(Vclaim.REFERRAL_NOT_FOUND);
        }
        String noSurat = text(t.path("skdp"), "noSurat");
        if (!noSurat.isEmpty() && !rencanaKontrol.exists(noSurat)) {
            return Optional.of(Vclaim.LETTER_NOT_FOUND);
        }
        boolean sameDayAgain = seps.anyMatch(s -> !s.inpatient() && text(t, "noKartu").equals(s.peserta().noKartu())
                && tglSep.equals(s.tglSep()) && poliTujuan.equals(s.poli()));
        return sameDayAgain
                ? Optional.of("Peserta Sudah Mendapatkan SEP Rawat Jalan Di Poli Yang Sama Pada Tanggal "
                        + tglSep.format(Wib.DATE))
                : Optional.empty();
    }

    /** The SEP as insert answers it (seed vclaim-sep-insert-2.0.txt): codes as sent, labels for the rest. */
    private Map<String, Object> insertAnswer(IssuedSep sep) {
        FakePeople.Person p = sep.peserta();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("assestmenPel", sep.sent("assesmentPel"));
        answer.put("catatan", sep.sent("catatan"));
        answer.put("diagnosa", sep.diagnosa());
        answer.put("flagProcedure", sep.sent("flagProcedure"));
        answer.put("informasi", ordered("dinsos", null, "eSEP", "False", "noSKTM", null, "prolanisPRB", null));
        answer.put("jnsPelayanan", sep.jenisPelayanan());
        answer.put("kdPenunjang", sep.sent("kdPenunjang"));
        answer.put("kdPoli", sep.poli());
        answer.put("kelasRawat", sep.kelasRawat());
        answer.put("noRujukan", sep.sent("rujukan", "noRujukan"));
        answer.put("noSep", sep.noSep());
        answer.put("penjamin", "-");
        answer.put("peserta", ordered("asuransi", "-", "hakKelas", "Kelas " + p.hakKelas(), "jnsPeserta",
                p.nmJenisPeserta(), "kelamin", p.sex().equals("L") ? "Laki-Laki" : "Perempuan", "nama", p.nama(),
                "noKartu", p.noKartu(), "noMr", sep.sent("noMR"), "tglLahir", p.tglLahir().format(Wib.DATE)));
        answer.put("poli", hfis.namapoli(sep.poli()));
        answer.put("poliEksekutif", "1".equals(sep.sent("poli", "eksekutif")) ? "Ya" : "Tidak");
        answer.put("tglSep", sep.tglSep().format(Wib.DATE));
        answer.put("tujuanKunj", sep.sent("tujuanKunj").isEmpty() ? "0" : sep.sent("tujuanKunj"));
        return answer;
    }

    /** The SEP as {@code SEP/{noSep}} shows it: coded choices as {kode, nama}, the accident, class and control. */
    private Map<String, Object> detail(IssuedSep sep) {
        FakePeople.Person p = sep.peserta();
        String laka = sep.sent("jaminan", "lakaLantas").isEmpty() ? "0" : sep.sent("jaminan", "lakaLantas");
        String kecamatan = sep.sent("jaminan", "penjamin", "suplesi", "lokasiLaka", "kdKecamatan");
        String dpjp = sep.dpjp();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("noSep", sep.noSep());
        d.put("tglSep", sep.tglSep().format(Wib.DATE));
        d.put("jnsPelayanan", sep.namaJenisPelayanan());
        d.put("kelasRawat", "Kelas " + sep.sent("klsRawat", "klsRawatHak"));
        d.put("diagnosa", sep.diagnosa());
        d.put("noRujukan", sep.sent("rujukan", "noRujukan"));
        d.put("poli", hfis.namapoli(sep.poli()));
        d.put("poliEksekutif", "1".equals(sep.sent("poli", "eksekutif")) ? "1" : "0");
        d.put("catatan", sep.sent("catatan"));
        d.put("penjamin", null);
        d.put("kdStatusKecelakaan", laka);
        d.put("nmstatusKecelakaan", KECELAKAAN.getOrDefault(laka, ""));
        d.put("lokasiKejadian", ordered(
                "kdKab", orNull(sep.sent("jaminan", "penjamin", "suplesi", "lokasiLaka", "kdKabupaten")),
                "kdKec", orNull(kecamatan),
                "kdProp", orNull(sep.sent("jaminan", "penjamin", "suplesi", "lokasiLaka", "kdPropinsi")),
                "ketKejadian", orNull(sep.sent("jaminan", "penjamin", "keterangan")),
                "lokasi", kecamatan.isEmpty() ? null : "KECAMATAN " + kecamatan, // as referensi/kecamatan names it
                "tglKejadian", orNull(sep.sent("jaminan", "penjamin", "tglKejadian"))));
        d.put("dpjp", ordered("kdDPJP", dpjp, "nmDPJP", doctorName(dpjp)));
        d.put("peserta", ordered("asuransi", null, "hakKelas", "Kelas " + p.hakKelas(), "jnsPeserta",
                p.nmJenisPeserta(), "kelamin", p.sex(), "nama", p.nama(), "noKartu", p.noKartu(), "noMr",
                sep.sent("noMR"), "tglLahir", p.tglLahir().format(Wib.DATE)));
        d.put("klsRawat", ordered("klsRawatHak", sep.sent("klsRawat", "klsRawatHak"),
                "klsRawatNaik", orNull(sep.sent("klsRawat", "klsRawatNaik")),
                "pembiayaan", orNull(sep.sent("klsRawat", "pembiayaan")),
                "penanggungJawab", orNull(sep.sent("klsRawat", "penanggungJawab"))));
        String kdDokterKontrol = sep.sent("skdp", "kodeDPJP");
        d.put("kontrol", ordered("kdDokter", orNull(kdDokterKontrol), "nmDokter",
                kdDokterKontrol.isEmpty() ? null : doctorName(kdDokterKontrol), "noSurat",
                orNull(sep.sent("skdp", "noSurat"))));
        d.put("cob", sep.sent("cob", "cob").isEmpty() ? "0" : sep.sent("cob", "cob"));
        d.put("katarak", sep.sent("katarak", "katarak").isEmpty() ? "0" : sep.sent("katarak", "katarak"));
        d.put("tujuanKunj", coded(sep.sent("tujuanKunj").isEmpty() ? "0" : sep.sent("tujuanKunj"), TUJUAN_KUNJ));
        d.put("flagProcedure", coded(sep.sent("flagProcedure"), FLAG_PROCEDURE));
        d.put("kdPenunjang", coded(sep.sent("kdPenunjang"), PENUNJANG));
        d.put("assestmenPel", coded(sep.sent("assesmentPel"), ASSESMENT));
        d.put("eSEP", "False");
        d.put("informasi", null);
        return d;
    }

    /** A coded choice as the detail shows it, {kode, nama}; both null when nothing was chosen. */
    private static Map<String, Object> coded(String kode, Map<String, String> names) {
        return kode.isEmpty() ? ordered("kode", null, "nama", null)
                : ordered("kode", kode, "nama", names.getOrDefault(kode, ""));
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private String doctorName(String kodedokter) {
        return hfis.dokter(kodedokter).map(Hfis.Dokter::namadokter).orElse("");
    }

    public Answer update(JsonNode body) {
        JsonNode t = body.path("request").path("t_sep");
        Optional<IssuedSep> found = seps.get(text(t, "noSep"));
        if (found.isEmpty()) {
            return Answer.failed(Vclaim.SEP_NOT_FOUND);
        }
        if (text(t, "user").isEmpty()) {
            return Answer.failed(Vclaim.USER_MISSING);
        }
        if (!text(t, "diagAwal").isEmpty() && ReferensiService.diagnosisLabel(text(t, "diagAwal")).isEmpty()) {
            return Answer.failed("Diagnosa Awal Tidak Ditemukan");
        }
        found.get().update(t);
        return Vclaim.done(found.get().noSep());
    }

    public Answer delete(JsonNode body) {
        JsonNode t = body.path("request").path("t_sep");
        if (text(t, "user").isEmpty()) {
            return Answer.failed(Vclaim.USER_MISSING);
        }
        return seps.remove(text(t, "noSep")).map(removed -> Vclaim.done(removed.noSep()))
                .orElseGet(() -> Answer.failed(Vclaim.SEP_NOT_FOUND));
    }

    public Answer updateDischargeDate(JsonNode body) {
        JsonNode t = body.path("request").path("t_sep");
        Optional<IssuedSep> found = seps.get(text(t, "noSep"));
        if (found.isEmpty()) {
            return Answer.failed(Vclaim.SEP_NOT_FOUND);
        }
        IssuedSep sep = found.get();
        Optional<LocalDate> tglPulang = Wib.parseDate(text(t, "tglPulang"));
        if (tglPulang.isEmpty()) {
            return Answer.failed(Vclaim.BAD_DATE);
        }
        if (tglPulang.get().isBefore(sep.tglSep())) {
            return Answer.failed("Tanggal Pulang Tidak Boleh Kurang Dari Tanggal SEP");
        }
        if (tglPulang.get().isAfter(Vclaim.today(clock))) {
            return Answer.failed("Tanggal Pulang Tidak Boleh Melebihi Tanggal Hari Ini");
        }
        sep.discharge(tglPulang.get());
        return Vclaim.done(sep.noSep());
    }

    public Answer byNumber(String noSep) {
        return seps.get(noSep).map(sep -> Vclaim.ok(detail(sep)))
                .orElseGet(() -> Answer.failed(Vclaim.SEP_NOT_FOUND));
    }
}
