package id.antreanonline.farmasi.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.antreanonline.shared.Wib;

/**
 * The SEP 2.0 insert form ({@code t_sep}, seed vclaim-sep-insert-2.0.txt): which fields the clerk must still fill,
 * the same rule for the draft's {@code missing} and for the check before anything is sent to BPJS.
 */
final class SepForm {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String OUTPATIENT = "2";

    private SepForm() {
    }

    /** The dotted names of the fields missing or not in BPJS's form, in the form's order; empty when complete. */
    static List<String> missing(JsonNode t) {
        List<String> missing = new ArrayList<>();
        required(t, "noKartu", missing);
        date(t, "tglSep", missing);
        required(t, "ppkPelayanan", missing);
        oneOf(t, "jnsPelayanan", Set.of("1", OUTPATIENT), missing);
        oneOf(t.path("klsRawat"), "klsRawat.klsRawatHak", "klsRawatHak", Set.of("1", "2", "3"), missing);
        required(t, "noMR", missing);
        boolean outpatient = OUTPATIENT.equals(text(t, "jnsPelayanan"));
        if (outpatient) {
            JsonNode rujukan = t.path("rujukan");
            oneOf(rujukan, "rujukan.asalRujukan", "asalRujukan", Set.of("1", "2"), missing);
            date(rujukan, "rujukan.tglRujukan", "tglRujukan", missing);
            required(rujukan, "rujukan.noRujukan", "noRujukan", missing);
            required(rujukan, "rujukan.ppkRujukan", "ppkRujukan", missing);
        }
        required(t, "diagAwal", missing);
        if (outpatient) {
            required(t.path("poli"), "poli.tujuan", "tujuan", missing);
            String tujuanKunj = text(t, "tujuanKunj");
            oneOf(t, "tujuanKunj", Set.of("0", "1", "2"), missing);
            if (tujuanKunj.equals("1")) {
                oneOf(t, "flagProcedure", Set.of("0", "1"), missing);
                required(t, "kdPenunjang", missing);
            }
            if (tujuanKunj.equals("2")) {
                required(t, "assesmentPel", missing);
            }
            if (!text(t.path("skdp"), "noSurat").isEmpty()) {
                required(t.path("skdp"), "skdp.kodeDPJP", "kodeDPJP", missing);
            }
            required(t, "dpjpLayan", missing);
        }
        required(t, "noTelp", missing);
        required(t, "user", missing);
        return missing;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText().trim();
    }

    static ObjectNode object(Object... namesAndValues) {
        ObjectNode o = JSON.objectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object v = namesAndValues[i + 1];
            if (v instanceof JsonNode n) {
                o.set((String) namesAndValues[i], n);
            } else {
                o.put((String) namesAndValues[i], v == null ? "" : v.toString());
            }
        }
        return o;
    }

    /** A copy of a JSON object without the named members (the member's data, which this service does not keep). */
    static ObjectNode without(JsonNode node, String... fields) {
        ObjectNode copy = node != null && node.isObject() ? node.deepCopy() : JSON.objectNode();
        copy.remove(List.of(fields));
        return copy;
    }

    private static void required(JsonNode t, String field, List<String> missing) {
        required(t, field, field, missing);
    }

    private static void required(JsonNode node, String name, String field, List<String> missing) {
        if (text(node, field).isEmpty()) {
            missing.add(name);
        }
    }

    private static void oneOf(JsonNode t, String field, Set<String> allowed, List<String> missing) {
        oneOf(t, field, field, allowed, missing);
    }

    private static void oneOf(JsonNode node, String name, String field, Set<String> allowed, List<String> missing) {
        if (!allowed.contains(text(node, field))) {
            missing.add(name);
        }
    }

    private static void date(JsonNode t, String field, List<String> missing) {
        date(t, field, field, missing);
    }

    private static void date(JsonNode node, String name, String field, List<String> missing) {
        if (Wib.parseDate(text(node, field)).isEmpty()) {
            missing.add(name);
        }
    }
}
