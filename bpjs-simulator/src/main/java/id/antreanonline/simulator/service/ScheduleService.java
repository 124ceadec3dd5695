package id.antreanonline.simulator.service;

import static id.antreanonline.simulator.service.Fields.integer;
import static id.antreanonline.simulator.service.Fields.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.shared.Wib;
import id.antreanonline.shared.wsrs.WsrsMessages;
import id.antreanonline.simulator.Hfis;

/** The Antrean WS reference endpoints and doctors' schedules, answered from HFIS. */
@ApplicationScoped
public class ScheduleService {

    static final String NO_DATA = "Data tidak ditemukan";

    private final HfisRegistry hfis;
    private final FakePeople people;

    public ScheduleService(HfisRegistry hfis, FakePeople people) {
        this.hfis = hfis;
        this.people = people;
    }

    public Answer poliReference() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Hfis.Poli p : hfis.current().poli()) {
            for (Hfis.SubSpesialis s : p.subspesialis()) {
                list.add(ordered("nmpoli", p.namapoli(), "nmsubspesialis", s.namasubspesialis(),
                        "kdsubspesialis", s.kodesubspesialis(), "kdpoli", p.kodepoli()));
            }
        }
        return Answer.reference(list);
    }

    public Answer doctorReference() {
        return Answer.reference(hfis.current().dokter().stream()
                .map(d -> ordered("namadokter", d.namadokter(), "kodedokter", d.kodedokter())).toList());
    }

    /** The sub-specialities where BPJS wants the patient's fingerprint. */
    public Answer fingerprintPoliReference() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Hfis.Poli p : hfis.current().poli()) {
            p.subspesialis().stream().filter(Hfis.SubSpesialis::fingerprint)
                    .forEach(s -> list.add(ordered("kodesubspesialis", s.kodesubspesialis(), "namasubspesialis",
                            s.namasubspesialis(), "kodepoli", p.kodepoli(), "namapoli", p.namapoli())));
        }
        return Answer.reference(list);
    }

    /** Whether a participant has enrolled a fingerprint: {@code jenis} is "nik" or "noka". */
    public Answer fingerprintPatient(String jenis, String nomor) {
        Optional<FakePeople.Person> person;
        if ("nik".equalsIgnoreCase(jenis)) {
            person = people.byNik(nomor);
        } else if ("noka".equalsIgnoreCase(jenis)) {
            person = people.byNoKartu(nomor);
        } else {
            return Answer.failed("Jenis identitas tidak sesuai, isi nik atau noka");
        }
        return person.map(p -> Answer.reference(ordered("nomorkartu", p.noKartu(), "nik", p.nik(), "tgllahir",
                p.tglLahir().format(Wib.DATE), "daftarfp", p.fingerprint() ? 1 : 0)))
                .orElseGet(() -> Answer.failed("Peserta tidak ditemukan"));
    }

    public Answer schedules(String kodepoli, String tanggal) {
        Optional<LocalDate> date = Wib.parseDate(tanggal);
        if (date.isEmpty()) {
            return Answer.failed(WsrsMessages.BAD_DATE_FORMAT);
        }
        Optional<Hfis.Poli> poli = hfis.poli(kodepoli);
        if (poli.isEmpty()) {
            return Answer.failed(WsrsMessages.POLI_NOT_FOUND);
        }
        boolean holiday = hfis.holiday(date.get()).isPresent();
        List<Map<String, Object>> list = new ArrayList<>();
        for (Hfis.Jadwal slot : hfis.slots(kodepoli, date.get())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kodesubspesialis", slot.kodesubspesialis());
            item.put("hari", slot.hari());
            item.put("kapasitaspasien", slot.kapasitaspasien());
            item.put("libur", holiday ? 1 : 0);
            item.put("namahari", HfisRegistry.namaHari(slot.hari()));
            item.put("jadwal", slot.jam());
            item.put("namasubspesialis", hfis.namaSubspesialis(slot));
            item.put("namadokter", hfis.dokter(slot.kodedokter()).map(Hfis.Dokter::namadokter).orElse(""));
            item.put("kodepoli", slot.kodepoli());
            item.put("namapoli", poli.get().namapoli());
            item.put("kodedokter", slot.kodedokter());
            list.add(item);
        }
        return list.isEmpty() ? Answer.failed(NO_DATA) : Answer.ok(list);
    }

    public Answer updateSchedule(JsonNode body) {
        if (!body.isObject()) {
            return Answer.failed(AntreanService.MALFORMED);
        }
        String kodepoli = text(body, "kodepoli");
        String kodesubspesialis = text(body, "kodesubspesialis");
        if (hfis.poli(kodepoli).isEmpty()) {
            return Answer.failed(WsrsMessages.POLI_NOT_FOUND);
        }
        if (kodesubspesialis.isEmpty()) {
            kodesubspesialis = kodepoli;
        }
        Optional<Hfis.Dokter> dokter = integer(body, "kodedokter").flatMap(hfis::dokter);
        if (dokter.isEmpty()) {
            return Answer.failed("Dokter Tidak Ditemukan");
        }
        JsonNode jadwal = body.get("jadwal");
        if (jadwal == null || !jadwal.isArray() || jadwal.isEmpty()) {
            return Answer.failed("jadwal tidak boleh kosong");
        }
        List<Hfis.Jadwal> slots = new ArrayList<>();
        for (JsonNode j : jadwal) {
            Optional<Integer> hari = integer(j, "hari").filter(h -> h >= 1 && h <= 8);
            if (hari.isEmpty()) {
                return Answer.failed("Hari tidak sesuai, isi 1 (senin) sampai 8 (hari libur nasional)");
            }
            Optional<LocalTime> buka = time(text(j, "buka"));
            Optional<LocalTime> tutup = time(text(j, "tutup"));
            if (buka.isEmpty() || tutup.isEmpty() || !buka.get().isBefore(tutup.get())) {
                return Answer.failed("Jam buka dan tutup tidak sesuai, format HH:mm dan buka sebelum tutup");
            }
            slots.add(new Hfis.Jadwal(kodepoli, kodesubspesialis, dokter.get().kodedokter(), hari.get(),
                    text(j, "buka"), text(j, "tutup"), 0));
        }
        hfis.replaceSchedule(kodepoli, kodesubspesialis, dokter.get().kodedokter(), slots);
        return Answer.ok();
    }

    private static Optional<LocalTime> time(String text) {
        if (text.length() != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
