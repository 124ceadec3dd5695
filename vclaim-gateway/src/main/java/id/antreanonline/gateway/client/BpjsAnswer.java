package id.antreanonline.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * One answer of BPJS with its quirks already undone: {@code metadata} or {@code metaData}, the code as a number
 * whether BPJS sent it as a number or a string, {@code response} decrypted when it was encrypted.
 *
 * @param code BPJS's metadata code (200 success, 1 success on reference endpoints, 201 refused, 208 already there)
 * @param message BPJS's metadata message
 * @param response the decrypted response, {@link NullNode} when there was none
 */
public record BpjsAnswer(int code, String message, JsonNode response) {

    public static final int OK = 200;
    public static final int REFERENCE_OK = 1;
    public static final int REFUSED = 201;
    public static final int ALREADY_THERE = 208;

    public boolean ok() {
        return code == OK || code == REFERENCE_OK;
    }

    /** The response as a list, whether BPJS sent a bare array or {@code {"list": [...]}}. */
    public JsonNode list() {
        if (response.isArray()) {
            return response;
        }
        if (response.isObject() && response.get("list") != null && response.get("list").isArray()) {
            return response.get("list");
        }
        return JsonNodeFactory.instance.arrayNode();
    }

    /** The response when BPJS said yes; its code and message as a {@link BpjsRefusedException} when it said no. */
    public JsonNode orRefuse() {
        if (!ok()) {
            throw new BpjsRefusedException(String.valueOf(code), message);
        }
        return response;
    }
}
