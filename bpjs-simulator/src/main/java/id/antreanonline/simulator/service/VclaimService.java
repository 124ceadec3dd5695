package id.antreanonline.simulator.service;

import static id.antreanonline.simulator.service.Fields.text;
import static id.antreanonline.simulator.service.ScheduleService.ordered;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import id.antreanonline.shared.Wib;
import id.antreanonline.simulator.Hfis;

/**
 * VClaim's side: participants (made up by {@link FakePeople}), referrals, and the SEPs and control letters the
 * hospital issues, kept in memory. Answers use VClaim's shapes; the envelope ({@code metaData}, string codes) is
 * the gate's.
 */
@ApplicationScoped
public class VclaimService {

    static final String NOT_FOUND = "Data tidak ditemukan";
    static final String PESERTA_NOT_FOUND = "Peserta Tidak Ditemukan";
    static final String BAD_DATE = "Format tanggal tidak sesuai, format yang benar adalah yyyy-MM-dd";
    static final String PPK_RS = "0301R011";
    private static final DateTimeFormatter MMYY = DateTimeFormatter.ofPattern("MMyy");
    private static final String[][] DIAGNOSA = { { "A09", "Diarrhoea and gastroenteritis of presumed infectious origin" },
            { "A15", "Respiratory tuberculosis, bacteriologically and histologically confirmed" },
            { "E10", "Insulin-dependent diabetes mellitus" }, { "E11", "Non-insulin-dependent diabetes mellitus" },
            { "H25.9", "Senile cataract, unspecified" }, { "I10", "Essential (primary) hypertension" },
            { "J18.9", "Pneumonia, unspecified" }, { "K29.7", "Gastritis, unspecified" },
            { "N39.0", "Urinary tract infection, site not specified" }, { "O80", "Single spontaneous delivery" },
            { "R50.9", "Fever, unspecified" }, { "Z09.8", "Follow-up examination after other treatment" } };
    private static final String[][] PROCEDURE = { { "89.03", "Interview and evaluation, described as comprehensive" },
            { "88.72", "Diagnostic ultrasound of heart" }, { "99.04", "Transfusion of packed cells" },
            { "13.41", "Phacoemulsification and aspiration of cataract" }, { "45.23", "Colonoscopy" },
            { "74.1", "Low cervical cesarean section" } };
    private static final String[][] FASKES = { { "0301U001", "KLINIK PRATAMA SEHAT BERSAMA" },
            { "03010301", "PUSKESMAS SEBERANG PADANG" }, { "0114U163", "KLINIK CEMPAKA PUTIH" },
            { PPK_RS, "RS SIMULASI ANTREAN ONLINE" }, { "0301R001", "RSUP DR M DJAMIL" } };
    private static final String[][] PROPINSI = { { "11", "ACEH" }, { "13", "SUMATERA BARAT" }, { "31", "DKI JAKARTA" },
            { "32", "JAWA BARAT" }, { "35", "JAWA TIMUR" }, { "51", "BALI" } };

    private final FakePeople people;
    private final HfisRegistry hfis;
    private final Clock clock;
    private final Map<String, Map<String, Object>> seps = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> kontrol = new ConcurrentHashMap<>();
    private final AtomicInteger sepNumbers = new AtomicInteger();
    private final AtomicInteger kontrolNumbers = new AtomicInteger();
    /** Referral numbers already shown, with their card and place in its list, so a look-up finds that referral. */
    private final Map<String, Shown> referrals = new ConcurrentHashMap<>();

    private record Shown(String noKartu, int index) {
    }

    public VclaimService(FakePeople people, HfisRegistry hfis, Clock clock) {
        this.people = people;
        this.hfis = hfis;
        this.clock = clock;
    }

    public void reset() {
        seps.clear();
        kontrol.clear();
        referrals.clear();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Wib.ZONE));
    }

    static Answer ok(Object response) {
        return new Answer(Answer.OK, "OK", response);
    }

    static Answer done(Object response) {
        return new Answer(Answer.OK, "Sukses", response);
    }

    // ---- Peserta ----------------------------------------------------------------------------------------------

    public Answer pesertaByNoKartu(String noKartu, String tglSep) {
        return peserta(people.byNoKartu(noKartu), tglSep);
    }

    public Answer pesertaByNik(String nik, String tglSep) {
        return peserta(people.byNik(nik), tglSep);
    }

    private Answer peserta(Optional<FakePeople.Person> person, String tglSep) {
        Optional<LocalDate> tgl = Wib.parseDate(tglSep);
        if (tgl.isEmpty()) {
            return Answer.failed(BAD_DATE);
        }
        return person.map(p -> ok(Map.of("peserta", people.peserta(p, tgl.get(), today()))))
                .orElseGet(() -> Answer.failed(PESERTA_NOT_FOUND));
    }

    // ---- Rujukan ----------------------------------------------------------------------------------------------

    /** A referral number made for a participant: the provider, MMyy, P (FKTP) or B (RS), then card digits. */
    private Map<String, Object> rujukan(FakePeople.Person p, boolean fromRs, int index) {
        LocalDate tglKunjungan = today().minusDays(5 + 20L * index);
        String provider = fromRs ? "0301R001" : p.kdProvider();
        String nama = fromRs ? "RSUP DR M DJAMIL" : p.nmProvider();
        String no = provider + tglKunjungan.format(MMYY) + (fromRs ? "B" : "P") + p.noKartu().substring(7);
        String[] diag = DIAGNOSA[(Integer.parseInt(p.noKartu().substring(9)) + index) % DIAGNOSA.length];
        Hfis.Poli poli = hfis.current().poli().isEmpty() ? null
                : hfis.current().poli().get((Integer.parseInt(p.noKartu().substring(10)) + index)
                        % hfis.current().poli().size());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("diagnosa", ordered("kode", diag[0], "nama", diag[0] + " - " + diag[1]));
        r.put("keluhan", "kontrol");
        String noKunjungan = index == 0 ? no : no.substring(0, no.length() - 1) + index;
        referrals.put(noKunjungan, new Shown(p.noKartu(), index));
        r.put("noKunjungan", noKunjungan);
        r.put("pelayanan", ordered("kode", "2", "nama", "Rawat Jalan"));
        r.put("peserta", people.peserta(p, tglKunjungan, today()));
        r.put("poliRujukan", poli == null ? ordered("kode", "INT", "nama", "PENYAKIT DALAM")
                : ordered("kode", poli.kodepoli(), "nama", poli.namapoli()));
        r.put("provPerujuk", ordered("kode", provider, "nama", nama));
        r.put("tglKunjungan", tglKunjungan.format(Wib.DATE));
        return r;
    }

    public Answer rujukanByNumber(String noRujukan, boolean fromRs) {
        Shown shown = referrals.get(noRujukan);
        Optional<FakePeople.Person> person = personOfRujukan(noRujukan, shown, fromRs);
        int index = shown == null ? 0 : shown.index();
        return person.map(p -> ok(Map.of("rujukan", rujukan(p, fromRs, index))))
                .orElseGet(() -> Answer.failed(NOT_FOUND));
    }

    private Optional<FakePeople.Person> personOfRujukan(String noRujukan, Shown known, boolean fromRs) {
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

    public Answer rujukanByPeserta(String noKartu, boolean fromRs) {
        return people.byNoKartu(noKartu).map(p -> ok(Map.of("rujukan", rujukan(p, fromRs, 0))))
                .orElseGet(() -> Answer.failed(NOT_FOUND));
    }

    public Answer rujukanListByPeserta(String noKartu, boolean fromRs) {
        return people.byNoKartu(noKartu)
                .map(p -> ok(Map.of("rujukan", List.of(rujukan(p, fromRs, 0), rujukan(p, fromRs, 1)))))
                .orElseGet(() -> Answer.failed(NOT_FOUND));
    }

    // ---- SEP 2.0 ----------------------------------------------------------------------------------------------

    public Answer insertSep(JsonNode body) {
        JsonNode t = body.path("request").path("t_sep");
        if (!t.isObject()) {
            return Answer.failed("Format request tidak sesuai, request.t_sep tidak ada");
        }
        Optional<FakePeople.Person> person = people.byNoKartu(text(t, "noKartu"));
        if (person.isEmpty()) {
            return Answer.failed(PESERTA_NOT_FOUND);
        }
        if (!person.get().aktif()) {
            return Answer.failed("Status Peserta Tidak Aktif");
        }
        Optional<LocalDate> tglSep = Wib.parseDate(text(t, "tglSep"));
        if (tglSep.isEmpty()) {
            return Answer.failed(BAD_DATE);
        }
        if (tglSep.get().isAfter(today())) {
            return Answer.failed("Tanggal SEP Tidak Boleh Melebihi Tanggal Hari Ini");
        }
        String jnsPelayanan = text(t, "jnsPelayanan");
        if (!jnsPelayanan.equals("1") && !jnsPelayanan.equals("2")) {
            return Answer.failed("Jenis Pelayanan Tidak Sesuai, isi 1 (Rawat Inap) atau 2 (Rawat Jalan)");
        }
        if (!List.of("1", "2", "3").contains(text(t.path("klsRawat"), "klsRawatHak"))) {
            return Answer.failed("Kelas Rawat Hak Tidak Sesuai");
        }
        Optional<String> missing = firstMissing(t, "noMR", "diagAwal", "noTelp", "user");
        if (missing.isPresent()) {
            return Answer.failed(missing.get() + " tidak boleh kosong");
        }
        Optional<String[]> diagnosa = find(DIAGNOSA, text(t, "diagAwal"));
        if (diagnosa.isEmpty()) {
            return Answer.failed("Diagnosa Awal Tidak Ditemukan");
        }
        String poliTujuan = text(t.path("poli"), "tujuan");
        if (jnsPelayanan.equals("2")) {
            if (poliTujuan.isEmpty()) {
                return Answer.failed("Poli Tujuan tidak boleh kosong");
            }
            if (text(t.path("rujukan"), "noRujukan").isEmpty()) {
                return Answer.failed("No. Rujukan tidak boleh kosong");
            }
            boolean sameDayAgain = seps.values().stream().anyMatch(s -> s.get("peserta") instanceof Map<?, ?> ps
                    && text(t, "noKartu").equals(ps.get("noKartu")) && tglSep.get().format(Wib.DATE).equals(s.get("tglSep"))
                    && poliTujuan.equals(s.get("kdPoli")));
            if (sameDayAgain) {
                return Answer.failed("Peserta Sudah Mendapatkan SEP Rawat Jalan Di Poli Yang Sama Pada Tanggal "
                        + tglSep.get().format(Wib.DATE));
            }
        }
        String ppk = text(t, "ppkPelayanan").isEmpty() ? PPK_RS : text(t, "ppkPelayanan");
        String noSep = ppk + tglSep.get().format(MMYY) + "V" + String.format("%06d", sepNumbers.incrementAndGet());
        Map<String, Object> sep = new LinkedHashMap<>();
        sep.put("assestmenPel", text(t, "assesmentPel"));
        sep.put("catatan", text(t, "catatan"));
        sep.put("diagnosa", diagnosa.get()[0] + " - " + diagnosa.get()[1]);
        sep.put("flagProcedure", text(t, "flagProcedure"));
        sep.put("informasi", ordered("dinsos", null, "eSEP", "False", "noSKTM", null, "prolanisPRB", null));
        sep.put("jnsPelayanan", jnsPelayanan.equals("1") ? "R.Inap" : "R.Jalan");
        sep.put("kdPenunjang", text(t, "kdPenunjang"));
        sep.put("kdPoli", poliTujuan);
        sep.put("kelasRawat", jnsPelayanan.equals("1") ? "Kelas " + text(t.path("klsRawat"), "klsRawatHak") : "-");
        sep.put("noRujukan", text(t.path("rujukan"), "noRujukan"));
        sep.put("noSep", noSep);
        sep.put("penjamin", "-");
        FakePeople.Person p = person.get();
        sep.put("peserta", ordered("asuransi", "-", "hakKelas", "Kelas " + p.hakKelas(), "jnsPeserta",
                p.nmJenisPeserta(), "kelamin", p.sex().equals("L") ? "Laki-Laki" : "Perempuan", "nama", p.nama(),
                "noKartu", p.noKartu(), "noMr", text(t, "noMR"), "tglLahir", p.tglLahir().format(Wib.DATE)));
        sep.put("poli", hfis.poli(poliTujuan).map(Hfis.Poli::namapoli).orElse(poliTujuan));
        sep.put("poliEksekutif", "1".equals(text(t.path("poli"), "eksekutif")) ? "Ya" : "Tidak");
        sep.put("tglSep", tglSep.get().format(Wib.DATE));
        sep.put("tujuanKunj", text(t, "tujuanKunj").isEmpty() ? "0" : text(t, "tujuanKunj"));
        sep.put("tglPulang", null);
        sep.put("dpjp", ordered("kdDPJP", text(t, "dpjpLayan").isEmpty() ? text(t.path("skdp"), "kodeDPJP")
                : text(t, "dpjpLayan"), "nmDPJP", ""));
        seps.put(noSep, sep);
        return done(Map.of("sep", publicSep(sep)));
    }

    private static Map<String, Object> publicSep(Map<String, Object> sep) {
        Map<String, Object> copy = new LinkedHashMap<>(sep);
        copy.remove("tglPulang");
        copy.remove("dpjp");
        return copy;
    }

    public Answer updateSep(JsonNode body) {
        JsonNode t = body.path("request").path("t_sep");
        Map<String, Object> sep = seps.get(text(t, "noSep"));
        if (sep == null) {
            return Answer.failed("No.SEP Tidak Ditemukan");
        }
        if (text(t, "user").isEmpty()) {
            return Answer.failed("user tidak boleh kosong");
        }
        synchronized (sep) {
            if (!text(t, "catatan").isEmpty()) {
                sep.put("catatan", text(t, "catatan"));
            }
            if (!text(t, "diagAwal").isEmpty()) {
                Optional<String[]> diagnosa = find(DIAGNOSA, text(t, "diagAwal"));
                if (diagnosa.isEmpty()) {
                    return Answer.failed("Diagnosa Awal Tidak Ditemukan");
                }
                sep.put("diagnosa", diagnosa.get()[0] + " - " + diagnosa.get()[1]);
            }
        }
        return done(sep.get("noSep"));
    }

    public Answer deleteSep(JsonNode body) {
        JsonNode t = body.path("request").path("t_sep");
        if (text(t, "user").isEmpty()) {
            return Answer.failed("user tidak boleh kosong");
        }
        Map<String, Object> removed = seps.remove(text(t, "noSep"));
        return removed == null ? Answer.failed("No.SEP Tidak Ditemukan") : done(removed.get("noSep"));
    }

    public Answer updateDischargeDate(JsonNode body) {
        JsonNode t = body.path("request").path("t_sep");
        Map<String, Object> sep = seps.get(text(t, "noSep"));
        if (sep == null) {
            return Answer.failed("No.SEP Tidak Ditemukan");
        }
        Optional<LocalDate> tglPulang = Wib.parseDate(text(t, "tglPulang"));
        if (tglPulang.isEmpty()) {
            return Answer.failed(BAD_DATE);
        }
        if (tglPulang.get().isBefore(LocalDate.parse((String) sep.get("tglSep")))) {
            return Answer.failed("Tanggal Pulang Tidak Boleh Kurang Dari Tanggal SEP");
        }
        if (tglPulang.get().isAfter(today())) {
            return Answer.failed("Tanggal Pulang Tidak Boleh Melebihi Tanggal Hari Ini");
        }
        synchronized (sep) {
            sep.put("tglPulang", tglPulang.get().format(Wib.DATE));
        }
        return done(sep.get("noSep"));
    }

    public Answer sep(String noSep) {
        Map<String, Object> sep = seps.get(noSep);
        if (sep == null) {
            return Answer.failed("No.SEP Tidak Ditemukan");
        }
        Map<String, Object> detail = new LinkedHashMap<>(publicSep(sep));
        detail.put("dpjp", sep.get("dpjp"));
        detail.put("tglPlgSep", sep.get("tglPulang"));
        return ok(detail);
    }

    // ---- Rencana kontrol --------------------------------------------------------------------------------------

    public Answer insertKontrol(JsonNode body) {
        JsonNode r = body.path("request");
        Map<String, Object> sep = seps.get(text(r, "noSEP"));
        if (sep == null) {
            return Answer.failed("No.SEP Tidak Ditemukan");
        }
        Optional<String> refusal = kontrolRefusal(r);
        if (refusal.isPresent()) {
            return Answer.failed(refusal.get());
        }
        String no = PPK_RS + today().format(MMYY) + "K" + String.format("%06d", kontrolNumbers.incrementAndGet());
        Map<String, Object> surat = new LinkedHashMap<>();
        surat.put("noSuratKontrol", no);
        surat.put("noSepAsalKontrol", sep.get("noSep"));
        surat.put("jnsKontrol", "2");
        storeKontrolFields(surat, r, sep);
        kontrol.put(no, surat);
        return done(kontrolAnswer(surat));
    }

    public Answer updateKontrol(JsonNode body) {
        JsonNode r = body.path("request");
        Map<String, Object> surat = kontrol.get(text(r, "noSuratKontrol"));
        if (surat == null) {
            return Answer.failed("No.Surat Kontrol Tidak Ditemukan");
        }
        Map<String, Object> sep = seps.get(text(r, "noSEP"));
        if (sep == null) {
            return Answer.failed("No.SEP Tidak Ditemukan");
        }
        Optional<String> refusal = kontrolRefusal(r);
        if (refusal.isPresent()) {
            return Answer.failed(refusal.get());
        }
        synchronized (surat) {
            storeKontrolFields(surat, r, sep);
        }
        return done(kontrolAnswer(surat));
    }

    public Answer deleteKontrol(JsonNode body) {
        JsonNode t = body.path("request").path("t_suratkontrol");
        if (text(t, "user").isEmpty()) {
            return Answer.failed("user tidak boleh kosong");
        }
        Map<String, Object> removed = kontrol.remove(text(t, "noSuratKontrol"));
        return removed == null ? Answer.failed("No.Surat Kontrol Tidak Ditemukan")
                : done(removed.get("noSuratKontrol"));
    }

    public Answer kontrol(String noSuratKontrol) {
        Map<String, Object> surat = kontrol.get(noSuratKontrol);
        return surat == null ? Answer.failed(NOT_FOUND) : ok(new LinkedHashMap<>(surat));
    }

    private Optional<String> kontrolRefusal(JsonNode r) {
        Optional<String> missing = firstMissing(r, "kodeDokter", "poliKontrol", "tglRencanaKontrol", "user");
        if (missing.isPresent()) {
            return Optional.of(missing.get() + " tidak boleh kosong");
        }
        Optional<LocalDate> tgl = Wib.parseDate(text(r, "tglRencanaKontrol"));
        if (tgl.isEmpty()) {
            return Optional.of(BAD_DATE);
        }
        if (tgl.get().isBefore(today())) {
            return Optional.of("Tanggal Rencana Kontrol Tidak Boleh Kurang Dari Tanggal Hari Ini");
        }
        if (hfis.poli(text(r, "poliKontrol")).isEmpty()) {
            return Optional.of("Poli Kontrol Tidak Ditemukan");
        }
        Optional<Integer> dokter = Fields.integer(r, "kodeDokter");
        if (dokter.flatMap(hfis::dokter).isEmpty()) {
            return Optional.of("Dokter Tidak Ditemukan");
        }
        return Optional.empty();
    }

    private void storeKontrolFields(Map<String, Object> surat, JsonNode r, Map<String, Object> sep) {
        int kodeDokter = Fields.integer(r, "kodeDokter").orElseThrow();
        surat.put("tglRencanaKontrol", text(r, "tglRencanaKontrol"));
        surat.put("poliTujuan", text(r, "poliKontrol").toUpperCase(Locale.ROOT));
        surat.put("namaPoliTujuan", hfis.poli(text(r, "poliKontrol")).map(Hfis.Poli::namapoli).orElse(""));
        surat.put("kodeDokter", Integer.toString(kodeDokter));
        surat.put("namaDokter", hfis.dokter(kodeDokter).map(Hfis.Dokter::namadokter).orElse(""));
        surat.put("tglTerbit", today().format(Wib.DATE));
        surat.put("sep", ordered("noSep", sep.get("noSep"), "tglSep", sep.get("tglSep"), "diagnosa",
                sep.get("diagnosa"), "peserta", sep.get("peserta")));
    }

    private static Map<String, Object> kontrolAnswer(Map<String, Object> surat) {
        Map<?, ?> sep = (Map<?, ?>) surat.get("sep");
        Map<?, ?> peserta = (Map<?, ?>) sep.get("peserta");
        return ordered("noSuratKontrol", surat.get("noSuratKontrol"), "tglRencanaKontrol",
                surat.get("tglRencanaKontrol"), "namaDokter", surat.get("namaDokter"), "noKartu",
                peserta.get("noKartu"), "nama", peserta.get("nama"), "kelamin", peserta.get("kelamin"), "tglLahir",
                peserta.get("tglLahir"), "namaDiagnosa", sep.get("diagnosa"));
    }

    /** Doctors practising at a poli on the planned control date (HFIS schedules). */
    public Answer controlSchedule(String jnsKontrol, String kodePoli, String tanggal) {
        if (!jnsKontrol.equals("1") && !jnsKontrol.equals("2")) {
            return Answer.failed("Jenis Kontrol Tidak Sesuai, isi 1 (SPRI) atau 2 (Rencana Kontrol)");
        }
        Optional<LocalDate> date = Wib.parseDate(tanggal);
        if (date.isEmpty()) {
            return Answer.failed(BAD_DATE);
        }
        if (hfis.holiday(date.get()).isPresent()) {
            return Answer.failed(NOT_FOUND);
        }
        List<Map<String, Object>> list = hfis.slots(kodePoli, date.get()).stream()
                .map(s -> ordered("kodeDokter", Integer.toString(s.kodedokter()), "namaDokter",
                        hfis.dokter(s.kodedokter()).map(Hfis.Dokter::namadokter).orElse(""), "jadwalPraktek",
                        s.jam(), "kapasitas", Integer.toString(s.kapasitaspasien())))
                .toList();
        return list.isEmpty() ? Answer.failed(NOT_FOUND) : ok(Map.of("list", list));
    }

    // ---- Referensi --------------------------------------------------------------------------------------------

    public Answer diagnosa(String keyword) {
        return search("diagnosa", DIAGNOSA, keyword);
    }

    public Answer procedure(String keyword) {
        return search("procedure", PROCEDURE, keyword);
    }

    public Answer faskes(String keyword, String jenis) {
        if (!jenis.equals("1") && !jenis.equals("2")) {
            return Answer.failed("Jenis Faskes Tidak Sesuai, isi 1 (Faskes 1) atau 2 (Faskes 2/RS)");
        }
        String[][] level = java.util.Arrays.stream(FASKES).filter(f -> (f[0].contains("R")) == jenis.equals("2"))
                .toArray(String[][]::new);
        return search("faskes", level, keyword);
    }

    public Answer poli(String keyword) {
        String[][] poli = hfis.current().poli().stream().map(p -> new String[] { p.kodepoli(), p.namapoli() })
                .toArray(String[][]::new);
        return search("poli", poli, keyword);
    }

    public Answer dokterDpjp(String jnsPelayanan, String tanggal, String spesialis) {
        Optional<LocalDate> date = Wib.parseDate(tanggal);
        if (date.isEmpty()) {
            return Answer.failed(BAD_DATE);
        }
        List<Map<String, Object>> list = hfis.slots(spesialis, date.get()).stream().map(Hfis.Jadwal::kodedokter)
                .distinct().flatMap(k -> hfis.dokter(k).stream())
                .map(d -> ordered("kode", Integer.toString(d.kodedokter()), "nama", d.namadokter())).toList();
        return list.isEmpty() ? Answer.failed(NOT_FOUND) : ok(Map.of("list", list));
    }

    public Answer propinsi() {
        return ok(Map.of("list", rows(PROPINSI)));
    }

    public Answer kabupaten(String propinsi) {
        return ok(Map.of("list", List.of(ordered("kode", propinsi + "71", "nama", "KOTA " + propinsi + "71"),
                ordered("kode", propinsi + "01", "nama", "KABUPATEN " + propinsi + "01"))));
    }

    public Answer kecamatan(String kabupaten) {
        return ok(Map.of("list", List.of(ordered("kode", kabupaten + "010", "nama", "KECAMATAN " + kabupaten + "010"),
                ordered("kode", kabupaten + "020", "nama", "KECAMATAN " + kabupaten + "020"))));
    }

    private static Answer search(String name, String[][] table, String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        List<Map<String, Object>> found = java.util.Arrays.stream(table)
                .filter(r -> r[0].toLowerCase(Locale.ROOT).contains(k) || r[1].toLowerCase(Locale.ROOT).contains(k))
                .map(r -> ordered("kode", r[0], "nama", r[0] + " - " + r[1])).toList();
        return found.isEmpty() ? Answer.failed(NOT_FOUND) : ok(Map.of(name, found));
    }

    private static List<Map<String, Object>> rows(String[][] table) {
        return java.util.Arrays.stream(table).map(r -> ordered("kode", r[0], "nama", r[1])).toList();
    }

    private static Optional<String[]> find(String[][] table, String kode) {
        return java.util.Arrays.stream(table).filter(r -> r[0].equalsIgnoreCase(kode)).findFirst();
    }

    private static Optional<String> firstMissing(JsonNode node, String... names) {
        return java.util.Arrays.stream(names).filter(n -> text(node == null ? MissingNode.getInstance() : node, n)
                .isEmpty()).findFirst();
    }

    // ---- Monitoring -------------------------------------------------------------------------------------------

    public Answer visits(String tanggal, String jnsPelayanan) {
        Optional<LocalDate> date = Wib.parseDate(tanggal);
        if (date.isEmpty()) {
            return Answer.failed(BAD_DATE);
        }
        String jenis = jnsPelayanan.equals("1") ? "R.Inap" : "R.Jalan";
        List<Map<String, Object>> list = sepsWhere(s -> date.get().format(Wib.DATE).equals(s.get("tglSep"))
                && jenis.equals(s.get("jnsPelayanan"))).stream().map(VclaimService::visitRow).toList();
        return list.isEmpty() ? Answer.failed(NOT_FOUND) : ok(Map.of("sep", list));
    }

    public Answer claims(String tanggal, String jnsPelayanan, String status) {
        Optional<LocalDate> date = Wib.parseDate(tanggal);
        if (date.isEmpty()) {
            return Answer.failed(BAD_DATE);
        }
        if (!List.of("1", "2", "3").contains(status)) {
            return Answer.failed("Status Klaim Tidak Sesuai, isi 1 (Proses Verifikasi), 2 (Pending) atau 3 (Klaim)");
        }
        String jenis = jnsPelayanan.equals("1") ? "R.Inap" : "R.Jalan";
        // Every SEP of the simulator is still being verified: status 1 lists them, 2 and 3 find nothing.
        List<Map<String, Object>> list = !status.equals("1") ? List.of()
                : sepsWhere(s -> date.get().format(Wib.DATE).equals(s.get("tglPulang"))
                        && jenis.equals(s.get("jnsPelayanan"))).stream().map(s -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("Inacbg", ordered("kode", "", "nama", ""));
                            row.put("biaya", ordered("byPengajuan", "0", "bySetujui", "0", "byTarifGruper", "0",
                                    "byTarifRS", "0", "byTopup", "0"));
                            row.put("kelasRawat", s.get("kelasRawat"));
                            row.put("noFPK", "");
                            row.put("noSEP", s.get("noSep"));
                            row.put("peserta", s.get("peserta"));
                            row.put("poli", s.get("poli"));
                            row.put("status", "Proses Verifikasi");
                            row.put("tglPulang", s.get("tglPulang"));
                            row.put("tglSep", s.get("tglSep"));
                            return row;
                        }).toList();
        return list.isEmpty() ? Answer.failed(NOT_FOUND) : ok(Map.of("klaim", list));
    }

    public Answer history(String noKartu, String mulai, String akhir) {
        Optional<LocalDate> from = Wib.parseDate(mulai);
        Optional<LocalDate> to = Wib.parseDate(akhir);
        if (from.isEmpty() || to.isEmpty()) {
            return Answer.failed(BAD_DATE);
        }
        List<Map<String, Object>> list = sepsWhere(s -> s.get("peserta") instanceof Map<?, ?> p
                && noKartu.equals(p.get("noKartu")) && !LocalDate.parse((String) s.get("tglSep")).isBefore(from.get())
                && !LocalDate.parse((String) s.get("tglSep")).isAfter(to.get()))
                .stream().map(s -> {
                    Map<String, Object> row = visitRow(s);
                    row.put("ppkPelayanan", "RS SIMULASI ANTREAN ONLINE");
                    return row;
                }).toList();
        return list.isEmpty() ? Answer.failed(NOT_FOUND) : ok(Map.of("histori", list));
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

    private List<Map<String, Object>> sepsWhere(java.util.function.Predicate<Map<String, Object>> filter) {
        List<Map<String, Object>> list = new ArrayList<>(seps.values().stream().filter(filter).toList());
        list.sort(Comparator.comparing(s -> (String) s.get("noSep")));
        return list;
    }

    /** The INA-CBG data BPJS holds for a SEP; grouping runs in E-Klaim, so the simulator has none yet. */
    public Answer cbg(String noSep) {
        return seps.containsKey(noSep) ? Answer.failed("Data Klaim INA-CBG Belum Ada") : Answer.failed(NOT_FOUND);
    }
}
