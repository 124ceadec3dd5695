package id.antreanonline.simulator.service;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.antreanonline.shared.Wib;

/**
 * Made-up BPJS participants, derived from the number asked for so that the same card number always gives the
 * same person. A NIK starting with 327 and the card number made of its remaining 13 digits are the same person.
 * Card numbers ending in 00 are inactive participants; 0000000000000 and NIKs of zeros are unknown.
 */
@ApplicationScoped
public class FakePeople {

    private static final String[] FIRST = { "BUDI", "SITI", "AGUS", "DEWI", "WAYAN", "NI MADE", "RINA", "HENDRA",
            "YULIA", "ANDI", "SRI", "JOKO", "PUTU", "LESTARI", "RUDI", "INDAH" };
    private static final String[] LAST = { "SANTOSO", "RAHMAWATI", "PRASETYO", "LESTARI", "SUDARSANA", "AYU DEWI",
            "KURNIAWATI", "WIJAYA", "KARTIKA", "MAKMUR", "WAHYUNI", "SUSILO" };
    private static final String[][] JENIS_PESERTA = { { "1", "PNS PUSAT" }, { "11", "PEGAWAI BUMN" },
            { "14", "PEKERJA MANDIRI" }, { "21", "PBI (APBN)" }, { "22", "PBI (APBD)" } };
    private static final String[][] PROVIDER = { { "0301U001", "KLINIK PRATAMA SEHAT BERSAMA" },
            { "03010301", "PUSKESMAS SEBERANG PADANG" }, { "0114U163", "KLINIK CEMPAKA PUTIH" } };
    private static final String[] KELAS = { "", "KELAS I", "KELAS II", "KELAS III" };

    public record Person(String noKartu, String nik, String nama, String sex, LocalDate tglLahir, int hakKelas,
            String kdJenisPeserta, String nmJenisPeserta, String kdProvider, String nmProvider, String noTelp,
            boolean aktif, boolean fingerprint) {
    }

    public Optional<Person> byNoKartu(String noKartu) {
        if (!Fields.digits(noKartu, 13) || noKartu.chars().allMatch(c -> c == '0')) {
            return Optional.empty();
        }
        return Optional.of(person(noKartu, "327" + noKartu));
    }

    public Optional<Person> byNik(String nik) {
        if (!Fields.digits(nik, 16) || nik.chars().allMatch(c -> c == '0')) {
            return Optional.empty();
        }
        String noKartu = nik.startsWith("327") ? nik.substring(3) : "0001" + nik.substring(7);
        return Optional.of(person(noKartu, nik));
    }

    private static Person person(String noKartu, String nik) {
        long seed = Long.parseLong(noKartu.substring(3));
        int h = (int) (seed % 1_000_003);
        String nama = FIRST[h % FIRST.length] + " " + LAST[(h / 7) % LAST.length];
        String sex = (h % 2 == 0) ? "L" : "P";
        LocalDate lahir = LocalDate.of(1950, 1, 1).plusDays(h % 25_000);
        String[] jenis = JENIS_PESERTA[(h / 3) % JENIS_PESERTA.length];
        String[] provider = PROVIDER[(h / 5) % PROVIDER.length];
        int kelas = jenis[1].startsWith("PBI") ? 3 : 1 + (h / 11) % 3;
        String telp = "0812" + String.format("%08d", seed % 100_000_000L);
        return new Person(noKartu, nik, nama, sex, lahir, kelas, jenis[0], jenis[1], provider[0], provider[1], telp,
                !noKartu.endsWith("00"), h % 3 != 0);
    }

    /** The peserta object as VClaim gives it. */
    public Map<String, Object> peserta(Person p, LocalDate tglPelayanan, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cob", ScheduleService.ordered("nmAsuransi", null, "noAsuransi", null, "tglTAT", null, "tglTMT", null));
        m.put("hakKelas", ScheduleService.ordered("keterangan", KELAS[p.hakKelas()], "kode", "" + p.hakKelas()));
        m.put("informasi", ScheduleService.ordered("dinsos", null, "eSEP", null, "noSKTM", null, "prolanisPRB", null));
        m.put("jenisPeserta", ScheduleService.ordered("keterangan", p.nmJenisPeserta(), "kode", p.kdJenisPeserta()));
        m.put("mr", ScheduleService.ordered("noMR", null, "noTelepon", p.noTelp()));
        m.put("nama", p.nama());
        m.put("nik", p.nik());
        m.put("noKartu", p.noKartu());
        m.put("pisa", "1");
        m.put("provUmum", ScheduleService.ordered("kdProvider", p.kdProvider(), "nmProvider", p.nmProvider()));
        m.put("sex", p.sex());
        m.put("statusPeserta", p.aktif() ? ScheduleService.ordered("keterangan", "AKTIF", "kode", "0")
                : ScheduleService.ordered("keterangan", "TIDAK AKTIF KARENA PREMI", "kode", "9"));
        m.put("tglCetakKartu", p.tglLahir().plusYears(20).isBefore(today) ? "2016-02-12" : today.format(Wib.DATE));
        m.put("tglLahir", p.tglLahir().format(Wib.DATE));
        m.put("tglTAT", p.aktif() ? "2050-01-01" : today.minusMonths(2).format(Wib.DATE));
        m.put("tglTMT", "2014-01-01");
        m.put("umur", ScheduleService.ordered("umurSaatPelayanan", umur(p.tglLahir(), tglPelayanan),
                "umurSekarang", umur(p.tglLahir(), today)));
        return m;
    }

    static String umur(LocalDate lahir, LocalDate at) {
        Period p = Period.between(lahir, at);
        return p.getYears() + " tahun ," + p.getMonths() + " bulan ," + p.getDays() + " hari";
    }
}
