package id.antreanonline.simulator.service;

import static id.antreanonline.simulator.service.Fields.text;
import static id.antreanonline.simulator.service.ScheduleService.ordered;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.shared.Wib;
import id.antreanonline.simulator.Hfis;

/**
 * VClaim's RencanaKontrol group: control letters on an issued SEP (poli and doctor from HFIS), and the doctors
 * practising on a planned control date.
 */
@ApplicationScoped
public class RencanaKontrolService {

    private final HfisRegistry hfis;
    private final IssuedSeps seps;
    private final Clock clock;
    private final FakePeople people;
    private final Map<String, Map<String, Object>> letters = new ConcurrentHashMap<>();
    // an SPRI is written on a member, not on a SEP: its detail has no SEP to name them, so the member is kept aside
    private final Map<String, FakePeople.Person> spriMembers = new ConcurrentHashMap<>();
    // BPJS never gives a number twice: a restarted simulator starts its running numbers elsewhere, or a letter
    // number a booking already holds would come back (the hospital's data outlives the simulator's memory)
    private final AtomicInteger numbers = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    public RencanaKontrolService(HfisRegistry hfis, IssuedSeps seps, FakePeople people, Clock clock) {
        this.hfis = hfis;
        this.people = people;
        this.seps = seps;
        this.clock = clock;
    }

    public void reset() {
        letters.clear();
        spriMembers.clear();
    }

    public Answer insert(JsonNode body) {
        JsonNode r = body.path("request");
        Optional<IssuedSep> sep = seps.get(text(r, "noSEP"));
        Optional<String> refusal = refusal(sep, r);
        if (refusal.isPresent()) {
            return Answer.failed(refusal.get());
        }
        Map<String, Object> letter = newLetter("2");
        store(letter, r, sep.get());
        letters.put((String) letter.get("noSuratKontrol"), letter);
        return Vclaim.done(answer(letter));
    }

    /** An SPRI (the doctor orders an inpatient admission): written on a member's card, no SEP needed. */
    public Answer insertSpri(JsonNode body) {
        JsonNode r = body.path("request");
        Optional<FakePeople.Person> member = people.byNoKartu(text(r, "noKartu"));
        if (member.isEmpty()) {
            return Answer.failed(Vclaim.PESERTA_NOT_FOUND);
        }
        Optional<String> refusal = planRefusal(r);
        if (refusal.isPresent()) {
            return Answer.failed(refusal.get());
        }
        Map<String, Object> letter = newLetter("1");
        storeSpri(letter, r);
        String no = (String) letter.get("noSuratKontrol");
        spriMembers.put(no, member.get());
        letters.put(no, letter);
        return Vclaim.done(spriAnswer(letter, member.get()));
    }

    public Answer updateSpri(JsonNode body) {
        JsonNode r = body.path("request");
        String no = text(r, "noSPRI");
        Map<String, Object> letter = letters.get(no);
        FakePeople.Person member = spriMembers.get(no);
        if (letter == null || member == null) {
            return Answer.failed(Vclaim.LETTER_NOT_FOUND);
        }
        Optional<String> refusal = planRefusal(r);
        if (refusal.isPresent()) {
            return Answer.failed(refusal.get());
        }
        synchronized (letter) {
            storeSpri(letter, r);
            return Vclaim.done(spriAnswer(letter, member));
        }
    }

    /** A new letter's number and the fields set once, in the order VClaim's detail shows them. */
    private Map<String, Object> newLetter(String jnsKontrol) {
        String no = SimulatedHospital.PPK_CODE + Vclaim.today(clock).format(Vclaim.MMYY) + "K"
                + String.format("%06d", numbers.incrementAndGet());
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("noSuratKontrol", no);
        letter.put("tglRencanaKontrol", null); // set by store, placed here to keep VClaim's field order
        letter.put("tglTerbit", Vclaim.today(clock).format(Wib.DATE));
        letter.put("jnsKontrol", jnsKontrol);
        return letter;
    }

    /** Whether a letter of that number was written (and not deleted). */
    boolean exists(String noSuratKontrol) {
        return letters.containsKey(noSuratKontrol);
    }

    public Answer update(JsonNode body) {
        JsonNode r = body.path("request");
        Map<String, Object> letter = letters.get(text(r, "noSuratKontrol"));
        if (letter == null || spriMembers.containsKey(text(r, "noSuratKontrol"))) {
            return Answer.failed(Vclaim.LETTER_NOT_FOUND);
        }
        Optional<IssuedSep> sep = seps.get(text(r, "noSEP"));
        Optional<String> refusal = refusal(sep, r);
        if (refusal.isPresent()) {
            return Answer.failed(refusal.get());
        }
        synchronized (letter) {
            store(letter, r, sep.get());
        }
        return Vclaim.done(answer(letter));
    }

    public Answer delete(JsonNode body) {
        JsonNode t = body.path("request").path("t_suratkontrol");
        if (text(t, "user").isEmpty()) {
            return Answer.failed(Vclaim.USER_MISSING);
        }
        Map<String, Object> removed = letters.remove(text(t, "noSuratKontrol"));
        spriMembers.remove(text(t, "noSuratKontrol"));
        return removed == null ? Answer.failed(Vclaim.LETTER_NOT_FOUND) : Vclaim.done(removed.get("noSuratKontrol"));
    }

    public Answer byNumber(String noSuratKontrol) {
        Map<String, Object> letter = letters.get(noSuratKontrol);
        if (letter == null) {
            return Answer.failed(Vclaim.NOT_FOUND);
        }
        synchronized (letter) {
            return Vclaim.ok(new LinkedHashMap<>(letter));
        }
    }

    /** Doctors practising at a poli on the planned control date (HFIS schedules). */
    public Answer schedule(String jnsKontrol, String kodePoli, String tanggal) {
        if (!jnsKontrol.equals("1") && !jnsKontrol.equals("2")) {
            return Answer.failed("Jenis Kontrol Tidak Sesuai, isi 1 (SPRI) atau 2 (Rencana Kontrol)");
        }
        Optional<LocalDate> date = Wib.parseDate(tanggal);
        if (date.isEmpty()) {
            return Answer.failed(Vclaim.BAD_DATE);
        }
        if (hfis.holiday(date.get()).isPresent()) {
            return Answer.failed(Vclaim.NOT_FOUND);
        }
        List<Map<String, Object>> list = hfis.slots(kodePoli, date.get()).stream()
                .map(s -> ordered("kodeDokter", Integer.toString(s.kodedokter()), "namaDokter",
                        hfis.dokter(s.kodedokter()).map(Hfis.Dokter::namadokter).orElse(""), "jadwalPraktek",
                        s.jam(), "kapasitas", Integer.toString(s.kapasitaspasien())))
                .toList();
        return Vclaim.listOrNotFound("list", list);
    }

    /** Why a letter on that SEP with these fields is refused, if it is. */
    private Optional<String> refusal(Optional<IssuedSep> sep, JsonNode r) {
        if (sep.isEmpty()) {
            return Optional.of(Vclaim.SEP_NOT_FOUND);
        }
        return planRefusal(r);
    }

    /** Why the plan (doctor, poli, date, user) of a letter or an SPRI is refused, if it is. */
    private Optional<String> planRefusal(JsonNode r) {
        Optional<String> missing = Vclaim.firstMissing(r, "kodeDokter", "poliKontrol", "tglRencanaKontrol", "user");
        if (missing.isPresent()) {
            return Optional.of(missing.get() + " tidak boleh kosong");
        }
        Optional<LocalDate> tgl = Wib.parseDate(text(r, "tglRencanaKontrol"));
        if (tgl.isEmpty()) {
            return Optional.of(Vclaim.BAD_DATE);
        }
        if (tgl.get().isBefore(Vclaim.today(clock))) {
            return Optional.of("Tanggal Rencana Kontrol Tidak Boleh Kurang Dari Tanggal Hari Ini");
        }
        if (hfis.poli(text(r, "poliKontrol")).isEmpty()) {
            return Optional.of("Poli Kontrol Tidak Ditemukan");
        }
        if (Fields.integer(r, "kodeDokter").flatMap(hfis::dokter).isEmpty()) {
            return Optional.of("Dokter Tidak Ditemukan");
        }
        return Optional.empty();
    }

    /** Writes the plan's fields into the letter, in the order the detail shows them, and the SEP it is for. */
    private void store(Map<String, Object> letter, JsonNode r, IssuedSep sep) {
        String dpjp = sep.dpjp();
        storePlan(letter, r);
        // the letter is written at the poli by the doctor in charge of the SEP's visit
        letter.put("kodeDokterPembuat", dpjp.isEmpty() ? null : dpjp);
        letter.put("namaDokterPembuat", hfis.dokter(dpjp).map(Hfis.Dokter::namadokter).orElse(null));
        letter.put("namaJnsKontrol", "Surat Kontrol");
        letter.put("sep", sepOfLetter(sep));
        letter.put("formPRB", ordered("kdStatusPRB", null, "data", null));
    }

    /** Writes an SPRI's plan: the doctor ordering the admission writes it, and there is no SEP yet. */
    private void storeSpri(Map<String, Object> letter, JsonNode r) {
        storePlan(letter, r);
        letter.put("kodeDokterPembuat", letter.get("kodeDokter"));
        letter.put("namaDokterPembuat", letter.get("namaDokter"));
        letter.put("namaJnsKontrol", "SPRI");
        letter.put("sep", null);
        letter.put("formPRB", ordered("kdStatusPRB", null, "data", null));
    }

    private void storePlan(Map<String, Object> letter, JsonNode r) {
        int kodeDokter = Fields.integer(r, "kodeDokter").orElseThrow();
        letter.put("tglRencanaKontrol", text(r, "tglRencanaKontrol"));
        letter.put("poliTujuan", text(r, "poliKontrol").toUpperCase(Locale.ROOT));
        letter.put("namaPoliTujuan", hfis.poli(text(r, "poliKontrol")).map(Hfis.Poli::namapoli).orElse(""));
        letter.put("kodeDokter", Integer.toString(kodeDokter));
        letter.put("namaDokter", hfis.dokter(kodeDokter).map(Hfis.Dokter::namadokter).orElse(""));
        letter.put("flagKontrol", "False");
    }

    /** The SEP a letter is written on, as the letter's detail shows it. */
    private Map<String, Object> sepOfLetter(IssuedSep sep) {
        FakePeople.Person p = sep.peserta();
        String poli = sep.poli();
        return ordered("noSep", sep.noSep(), "tglSep", sep.tglSep().format(Wib.DATE),
                "jnsPelayanan", sep.namaJenisPelayanan(),
                "poli", poli.isEmpty() ? "" : poli + " - " + hfis.namapoli(poli),
                "diagnosa", sep.diagnosa(),
                "peserta", ordered("noKartu", p.noKartu(), "nama", p.nama(), "tglLahir",
                        p.tglLahir().format(Wib.DATE), "kelamin", p.sex(), "hakKelas", "Kelas " + p.hakKelas()),
                "provUmum", ordered("kdProvider", p.kdProvider(), "nmProvider", p.nmProvider()),
                "provPerujuk", ordered("kdProviderPerujuk", sep.perujuk().kode(),
                        "nmProviderPerujuk", sep.perujuk().nama(),
                        "asalRujukan", sep.sent("rujukan", "asalRujukan"),
                        "noRujukan", sep.sent("rujukan", "noRujukan"),
                        "tglRujukan", sep.sent("rujukan", "tglRujukan")));
    }

    private static Map<String, Object> answer(Map<String, Object> letter) {
        Map<?, ?> sep = (Map<?, ?>) letter.get("sep");
        Map<?, ?> peserta = (Map<?, ?>) sep.get("peserta");
        return ordered("noSuratKontrol", letter.get("noSuratKontrol"), "tglRencanaKontrol",
                letter.get("tglRencanaKontrol"), "namaDokter", letter.get("namaDokter"), "noKartu",
                peserta.get("noKartu"), "nama", peserta.get("nama"), "kelamin", peserta.get("kelamin"), "tglLahir",
                peserta.get("tglLahir"), "namaDiagnosa", sep.get("diagnosa"));
    }

    private static Map<String, Object> spriAnswer(Map<String, Object> letter, FakePeople.Person p) {
        return ordered("noSPRI", letter.get("noSuratKontrol"), "tglRencanaKontrol", letter.get("tglRencanaKontrol"),
                "namaDokter", letter.get("namaDokter"), "noKartu", p.noKartu(), "nama", p.nama(), "kelamin", p.sex(),
                "tglLahir", p.tglLahir().format(Wib.DATE), "namaDiagnosa", null);
    }
}
