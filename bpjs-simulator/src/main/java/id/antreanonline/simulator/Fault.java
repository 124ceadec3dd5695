package id.antreanonline.simulator;

/**
 * A failure the simulator is told to show on its BPJS endpoints: for {@code durationSeconds}, or for the next
 * {@code calls} calls, or (both 0) until it is cleared. {@code status} overrides the HTTP status of HTTP_500,
 * HTML and EMPTY.
 */
public record Fault(Mode mode, long latencyMs, long durationSeconds, int calls, Integer status) {

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
        DOWN
    }
}
