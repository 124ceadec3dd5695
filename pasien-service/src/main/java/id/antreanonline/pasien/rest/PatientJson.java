package id.antreanonline.pasien.rest;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import id.antreanonline.pasien.PatientData;
import id.antreanonline.pasien.service.PatientRules;
import id.antreanonline.pasien.service.RequestRefusedException;
import id.antreanonline.shared.wsrs.WsrsMessages;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads a patient's fields from a request body the way BPJS sends them: strings, or numbers for the digit fields;
 * anything else (not JSON, not an object, a list where a value belongs) is refused with a message, never an error.
 */
@ApplicationScoped
public class PatientJson {

    private static final int CARD_DIGITS = 13;

    private final ObjectReader reader;

    PatientJson(ObjectMapper mapper) {
        this.reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public PatientData read(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : reader.readTree(body);
        } catch (JsonProcessingException | RuntimeException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw new RequestRefusedException(WsrsMessages.MALFORMED_REQUEST);
        }
        return read(root);
    }

    private PatientData read(JsonNode root) {
        return new PatientData(card(root), value(root, "nik"), value(root, "nomorkk"), value(root, "nama"),
                upper(value(root, "jeniskelamin")), value(root, "tanggallahir"), value(root, "nohp"),
                value(root, "alamat"), value(root, "kodeprop"), value(root, "namaprop"), value(root, "kodedati2"),
                value(root, "namadati2"), value(root, "kodekec"), value(root, "namakec"), value(root, "kodekel"),
                value(root, "namakel"), value(root, "rw"), value(root, "rt"));
    }

    /** A card number sent as a JSON number has lost its leading zeros: they are put back. */
    private static String card(JsonNode root) {
        String card = value(root, "nomorkartu");
        JsonNode node = root.get("nomorkartu");
        if (card != null && node.isIntegralNumber() && card.length() < CARD_DIGITS) {
            return "0".repeat(CARD_DIGITS - card.length()) + card;
        }
        return card;
    }

    private static String value(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            String text = node.textValue().strip();
            return text.isEmpty() ? null : text;
        }
        if (node.isIntegralNumber() && node.bigIntegerValue().signum() >= 0) {
            return node.bigIntegerValue().toString();
        }
        throw new RequestRefusedException(PatientRules.badFormat(field));
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
