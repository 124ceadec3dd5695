package id.antreanonline.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.edge.RequestRefused;
import id.antreanonline.gateway.client.BpjsAnswer;
import id.antreanonline.shared.Wib;

/** Small helpers shared by the resources that pass BPJS answers on: the one place both Antrean and VClaim call. */
final class BpjsResources {

    private BpjsResources() {
    }

    /** A list answer as a bare array, whichever shape BPJS chose; a refusal as {@code 422}. */
    static JsonNode list(BpjsAnswer answer) {
        answer.orRefuse();
        return answer.list();
    }

    /** The named member of a successful answer when present, the whole response otherwise. */
    static JsonNode member(BpjsAnswer answer, String name) {
        JsonNode response = answer.orRefuse();
        return response.has(name) ? response.get(name) : response;
    }

    /** A date path or query parameter as BPJS wants it (yyyy-MM-dd); anything else is a bad request. */
    static String date(String tanggal) {
        return Wib.parseDate(tanggal).map(d -> d.format(Wib.DATE))
                .orElseThrow(() -> RequestRefused.badRequest("tanggal must be yyyy-MM-dd"));
    }

    /** A write's body; a missing one is a bad request. */
    static <T> T required(T body) {
        if (body == null) {
            throw RequestRefused.badRequest("a JSON object body is required");
        }
        return body;
    }

    /** A write passed on as the caller wrote it (VClaim's own JSON): it must be a JSON object. */
    static JsonNode required(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw RequestRefused.badRequest("a JSON object body is required");
        }
        return body;
    }
}
