package id.antreanonline.simulator;

/**
 * A failure the simulator is told to show on its BPJS endpoints: for {@code durationSeconds}, or for the next
 * {@code calls} calls, or (both 0) until it is cleared. {@code status} overrides the HTTP status of HTTP_500,
 * HTML and EMPTY; {@code path}, when given, limits the fault to the paths it begins (calls elsewhere neither see it
 * nor count against it); {@code code} and {@code message} are CODE's answer.
 */
public record Fault(Mode mode, long latencyMs, long durationSeconds, int calls, Integer status, String path,
        Integer code, String message) {

    /** Whether the fault applies to a call on this path. */
    public boolean covers(String callPath) {
        return path == null || path.isBlank() || callPath.startsWith(path);
    }

    public enum Mode {
        /** Answers normally, after latencyMs. */
        LATENCY,
        /** HTTP 500 with a short text body. */
        HTTP_500,
        /** An HTML error page (HTTP 200 unless status says otherwise), as BPJS's front ends show in outages. */
        HTML,
        /** An empty body (HTTP 200 unless status says otherwise). */
        EMPTY,
        /** The connection is closed without any answer. */
        DOWN,
        /**
         * BPJS's envelope with {@code code} and {@code message} (HTTP 200), the endpoint not run: a refusal (201) the
         * hospital must park, or a 208 "already there" for something BPJS then does not hold.
         */
        CODE
    }
}
