package id.antreanonline.simulator.service;

import static id.antreanonline.simulator.service.ScheduleService.ordered;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.antreanonline.shared.Wib;
import id.antreanonline.simulator.Hfis;

/** VClaim's referensi group: small fixed tables, poli and doctors from HFIS. */
@ApplicationScoped
public class ReferensiService {

    private static final String[][] DIAGNOSA = {
            { "A09", "Diarrhoea and gastroenteritis of presumed infectious origin" },
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
            { SimulatedHospital.PPK_CODE, SimulatedHospital.NAME }, { "0301R001", "RSUP DR M DJAMIL" } };
    private static final String[][] PROPINSI = { { "11", "ACEH" }, { "13", "SUMATERA BARAT" }, { "31", "DKI JAKARTA" },
            { "32", "JAWA BARAT" }, { "35", "JAWA TIMUR" }, { "51", "BALI" } };

    private final HfisRegistry hfis;

    public ReferensiService(HfisRegistry hfis) {
        this.hfis = hfis;
    }

    /** A known ICD-10 diagnosis as VClaim labels it ("I10 - Essential (primary) hypertension"). */
    static Optional<String> diagnosisLabel(String kode) {
        return Arrays.stream(DIAGNOSA).filter(r -> r[0].equalsIgnoreCase(kode)).findFirst()
                .map(r -> r[0] + " - " + r[1]);
    }

    /** The n-th diagnosis of the table (wrapping), for made-up referrals: {kode, nama}. */
    static String[] diagnosisAt(int n) {
        return DIAGNOSA[n % DIAGNOSA.length];
    }

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
        // hospitals (level 2) are the providers whose code has an R
        String[][] level = Arrays.stream(FASKES).filter(f -> (f[0].contains("R")) == jenis.equals("2"))
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
            return Answer.failed(Vclaim.BAD_DATE);
        }
        List<Map<String, Object>> list = hfis.slots(spesialis, date.get()).stream().map(Hfis.Jadwal::kodedokter)
                .distinct().flatMap(k -> hfis.dokter(k).stream())
                .map(d -> ordered("kode", Integer.toString(d.kodedokter()), "nama", d.namadokter())).toList();
        return Vclaim.listOrNotFound("list", list);
    }

    public Answer propinsi() {
        return Vclaim.ok(Map.of("list",
                Arrays.stream(PROPINSI).map(r -> ordered("kode", r[0], "nama", r[1])).toList()));
    }

    public Answer kabupaten(String propinsi) {
        return Vclaim.ok(Map.of("list", List.of(ordered("kode", propinsi + "71", "nama", "KOTA " + propinsi + "71"),
                ordered("kode", propinsi + "01", "nama", "KABUPATEN " + propinsi + "01"))));
    }

    public Answer kecamatan(String kabupaten) {
        return Vclaim.ok(Map.of("list", List.of(
                ordered("kode", kabupaten + "010", "nama", "KECAMATAN " + kabupaten + "010"),
                ordered("kode", kabupaten + "020", "nama", "KECAMATAN " + kabupaten + "020"))));
    }

    private static Answer search(String name, String[][] table, String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        List<Map<String, Object>> found = Arrays.stream(table)
                .filter(r -> r[0].toLowerCase(Locale.ROOT).contains(k) || r[1].toLowerCase(Locale.ROOT).contains(k))
                .map(r -> ordered("kode", r[0], "nama", r[0] + " - " + r[1])).toList();
        return Vclaim.listOrNotFound(name, found);
    }
}
