package id.antreanonline.simulator.service;

import static id.antreanonline.simulator.service.Fields.text;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.antreanonline.shared.Wib;

/**
 * A SEP the simulator issued: the {@code t_sep} as the hospital sent it (BPJS field names, later updates merged in),
 * the member, the referral it was issued on, and the discharge date. Its changing parts are read and written under
 * its own lock.
 */
final class IssuedSep {

    /** The provider that referred the member, as the referral names it; the sent ppkRujukan (no name) without one. */
    record Perujuk(String kode, String nama) {
    }

    private final String noSep;
    private final FakePeople.Person peserta;
    private final LocalDate tglSep;
    private final Perujuk perujuk;
    private final ObjectNode sent;
    private LocalDate tglPulang;

    IssuedSep(String noSep, FakePeople.Person peserta, LocalDate tglSep, Perujuk perujuk, JsonNode tSep) {
        this.noSep = noSep;
        this.peserta = peserta;
        this.tglSep = tglSep;
        this.perujuk = perujuk;
        this.sent = tSep.deepCopy();
    }

    String noSep() {
        return noSep;
    }

    FakePeople.Person peserta() {
        return peserta;
    }

    LocalDate tglSep() {
        return tglSep;
    }

    Perujuk perujuk() {
        return perujuk;
    }

    /** A field of the t_sep as last sent, by its path ({@code "poli", "tujuan"}); empty when missing. */
    synchronized String sent(String... path) {
        JsonNode node = sent;
        for (int i = 0; i < path.length - 1; i++) {
            node = node.path(path[i]);
        }
        return text(node, path[path.length - 1]);
    }

    boolean inpatient() {
        return sent("jnsPelayanan").equals("1");
    }

    /** The kind of care as VClaim's SEP and monitoring answers abbreviate it. */
    String jenisPelayanan() {
        return inpatient() ? "R.Inap" : "R.Jalan";
    }

    /** The kind of care written out, as the SEP detail and a surat kontrol's SEP name it. */
    String namaJenisPelayanan() {
        return inpatient() ? "Rawat Inap" : "Rawat Jalan";
    }

    /** The class of care: the entitled class for an inpatient stay, "-" for an outpatient visit. */
    String kelasRawat() {
        return inpatient() ? "Kelas " + sent("klsRawat", "klsRawatHak") : "-";
    }

    String poli() {
        return sent("poli", "tujuan");
    }

    /** The doctor in charge (DPJP): the one serving the visit, else the one the surat kontrol names (inpatients). */
    String dpjp() {
        return sent("dpjpLayan").isEmpty() ? sent("skdp", "kodeDPJP") : sent("dpjpLayan");
    }

    /** The diagnosis as VClaim labels it, "I10 - Essential (primary) hypertension". */
    String diagnosa() {
        String kode = sent("diagAwal");
        return ReferensiService.diagnosisLabel(kode).orElse(kode);
    }

    synchronized Optional<LocalDate> tglPulang() {
        return Optional.ofNullable(tglPulang);
    }

    synchronized String tglPulangText() {
        return tglPulang == null ? null : tglPulang.format(Wib.DATE);
    }

    synchronized void discharge(LocalDate date) {
        tglPulang = date;
    }

    /** Applies a SEP 2.0 update: what it sends with a value replaces what was sent before; blanks change nothing. */
    synchronized void update(JsonNode tSep) {
        merge(sent, tSep);
        sent.remove("user");
    }

    private static void merge(ObjectNode into, JsonNode from) {
        for (Map.Entry<String, JsonNode> field : from.properties()) {
            JsonNode value = field.getValue();
            if (field.getKey().equals("noSep")) {
                continue;
            }
            if (value.isObject()) {
                JsonNode existing = into.get(field.getKey());
                merge(existing instanceof ObjectNode o ? o : into.putObject(field.getKey()), value);
            } else if (value.isValueNode() && !value.asText().isBlank()) {
                into.set(field.getKey(), value);
            }
        }
    }
}
