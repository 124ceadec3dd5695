package id.antreanonline.simulator.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.simulator.Hfis;
import id.antreanonline.simulator.config.SimulatorConfig;

/**
 * The HFIS data BPJS holds for the hospital: loaded from the configured file (or the built-in default) at start
 * and on reset; {@code updatejadwaldokter} changes it in memory (BPJS applies such changes after approval, the
 * simulator at once).
 */
@ApplicationScoped
public class HfisRegistry {

    static final String[] HARI = { "", "SENIN", "SELASA", "RABU", "KAMIS", "JUMAT", "SABTU", "MINGGU" };
    static final int DEFAULT_CAPACITY = 30;

    private final SimulatorConfig config;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private volatile Hfis hfis;

    public HfisRegistry(SimulatorConfig config) {
        this.config = config;
        this.hfis = load();
    }

    public void reset() {
        hfis = load();
    }

    public Hfis current() {
        return hfis;
    }

    private Hfis load() {
        Optional<String> file = config.hfisFile().filter(f -> !f.isBlank());
        try {
            if (file.isPresent()) {
                return mapper.readValue(Files.readString(Path.of(file.get())), Hfis.class);
            }
            try (InputStream in = HfisRegistry.class.getResourceAsStream("/hfis-default.json")) {
                return mapper.readValue(in, Hfis.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HFIS data " + file.orElse("hfis-default.json"), e);
        }
    }

    public Optional<Hfis.Poli> poli(String kode) {
        return hfis.poli().stream()
                .filter(p -> p.kodepoli().equalsIgnoreCase(kode)
                        || p.subspesialis().stream().anyMatch(s -> s.kodesubspesialis().equalsIgnoreCase(kode)))
                .findFirst();
    }

    /** The poli's name, or the code itself when HFIS does not know it. */
    public String namapoli(String kode) {
        return poli(kode).map(Hfis.Poli::namapoli).orElse(kode);
    }

    public Optional<Hfis.Dokter> dokter(int kode) {
        return hfis.dokter().stream().filter(d -> d.kodedokter() == kode).findFirst();
    }

    /** A doctor by the code as VClaim writes it, a digit string; none for a blank or malformed code. */
    public Optional<Hfis.Dokter> dokter(String kode) {
        return kode != null && kode.matches("\\d{1,9}") ? dokter(Integer.parseInt(kode)) : Optional.empty();
    }

    public Optional<Hfis.Libur> holiday(LocalDate date) {
        String day = date.toString();
        return hfis.libur().stream().filter(l -> day.equals(l.tanggal())).findFirst();
    }

    /** The practice slots at a poli (or sub-speciality) on a date's weekday. */
    public List<Hfis.Jadwal> slots(String kodepoli, LocalDate date) {
        int hari = date.getDayOfWeek().getValue();
        return hfis.jadwal().stream()
                .filter(j -> j.hari() == hari)
                .filter(j -> j.kodepoli().equalsIgnoreCase(kodepoli) || j.kodesubspesialis().equalsIgnoreCase(kodepoli))
                .toList();
    }

    public String namaSubspesialis(Hfis.Jadwal slot) {
        return poli(slot.kodepoli()).flatMap(p -> p.subspesialis().stream()
                .filter(s -> s.kodesubspesialis().equalsIgnoreCase(slot.kodesubspesialis())).findFirst())
                .map(Hfis.SubSpesialis::namasubspesialis)
                .orElse(slot.kodesubspesialis());
    }

    public static String namaHari(int hari) {
        return hari >= 1 && hari <= 7 ? HARI[hari] : "LIBUR";
    }

    /** Replaces a doctor's weekly slots at one poli and sub-speciality, keeping the capacity BPJS already had. */
    public synchronized void replaceSchedule(String kodepoli, String kodesubspesialis, int kodedokter,
            List<Hfis.Jadwal> newSlots) {
        Hfis before = hfis;
        List<Hfis.Jadwal> jadwal = new ArrayList<>();
        int capacity = DEFAULT_CAPACITY;
        for (Hfis.Jadwal j : before.jadwal()) {
            boolean same = j.kodedokter() == kodedokter && j.kodepoli().equalsIgnoreCase(kodepoli)
                    && j.kodesubspesialis().equalsIgnoreCase(kodesubspesialis);
            if (same) {
                capacity = j.kapasitaspasien();
            } else {
                jadwal.add(j);
            }
        }
        for (Hfis.Jadwal j : newSlots) {
            jadwal.add(new Hfis.Jadwal(kodepoli, kodesubspesialis, kodedokter, j.hari(), j.buka(), j.tutup(),
                    j.kapasitaspasien() > 0 ? j.kapasitaspasien() : capacity));
        }
        hfis = new Hfis(before.poli(), before.dokter(), jadwal, before.libur());
    }
}
