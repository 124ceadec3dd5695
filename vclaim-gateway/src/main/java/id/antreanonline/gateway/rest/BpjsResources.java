package id.antreanonline.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.gateway.client.BpjsAnswer;

/** Small helpers shared by the resources that pass BPJS answers on. */
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
}
