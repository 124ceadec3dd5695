package id.antreanonline.simulator.service;

import static id.antreanonline.simulator.service.Fields.text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import id.antreanonline.shared.Wib;

/**
 * What the VClaim groups (peserta, rujukan, SEP, rencana kontrol, referensi, monitoring) answer alike: VClaim's
 * messages, its "OK" and "Sukses" answers, dates and missing fields. The envelope ({@code metaData},
 * string codes) is the gate's.
 */
final class Vclaim {

    static final String NOT_FOUND = "Data tidak ditemukan";
    static final String PESERTA_NOT_FOUND = "Peserta Tidak Ditemukan";
    static final String SEP_NOT_FOUND = "No.SEP Tidak Ditemukan";
    static final String REFERRAL_NOT_FOUND = "No.Rujukan Tidak Ditemukan";
    static final String LETTER_NOT_FOUND = "No.Surat Kontrol Tidak Ditemukan";
    static final String BAD_DATE = "Format tanggal tidak sesuai, format yang benar adalah yyyy-MM-dd";
    static final String USER_MISSING = "user tidak boleh kosong";
    static final DateTimeFormatter MMYY = DateTimeFormatter.ofPattern("MMyy");

    private Vclaim() {
    }

    /** A read: VClaim answers "OK". */
    static Answer ok(Object response) {
        return new Answer(Answer.OK, "OK", response);
    }

    /** A write: VClaim answers "Sukses". */
    static Answer done(Object response) {
        return new Answer(Answer.OK, "Sukses", response);
    }

    /** A list under {@code name}, or "Data tidak ditemukan" when it is empty, as VClaim answers. */
    static Answer listOrNotFound(String name, List<Map<String, Object>> list) {
        return list.isEmpty() ? Answer.failed(NOT_FOUND) : ok(Map.of(name, list));
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(Wib.ZONE));
    }

    /** The first of the fields that is missing or blank, for VClaim's "... tidak boleh kosong". */
    static Optional<String> firstMissing(JsonNode node, String... names) {
        return Arrays.stream(names).filter(n -> text(node == null ? MissingNode.getInstance() : node, n).isEmpty())
                .findFirst();
    }
}
