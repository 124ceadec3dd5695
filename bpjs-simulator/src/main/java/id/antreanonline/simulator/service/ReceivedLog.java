package id.antreanonline.simulator.service;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.antreanonline.simulator.ReceivedCall;
import id.antreanonline.simulator.config.SimulatorConfig;

/** What reached "BPJS", in arrival order, so tests can assert on it. Bounded: the oldest calls drop first. */
@ApplicationScoped
public class ReceivedLog {

    private final Deque<ReceivedCall> calls = new ArrayDeque<>();
    private final Clock clock;
    private final int limit;
    private long seq;

    public ReceivedLog(Clock clock, SimulatorConfig config) {
        this.clock = clock;
        this.limit = config.receivedLimit();
    }

    public synchronized ReceivedCall add(String method, String path, String body, boolean signatureValid, String code,
            String message, String traceparent) {
        ReceivedCall call = new ReceivedCall(++seq, clock.millis(), method, path, body, signatureValid, code, message,
                traceparent);
        calls.addLast(call);
        while (calls.size() > limit) {
            calls.removeFirst();
        }
        return call;
    }

    public synchronized List<ReceivedCall> list(String pathPrefix) {
        String prefix = pathPrefix == null ? "" : pathPrefix;
        return calls.stream().filter(c -> c.path().startsWith(prefix)).toList();
    }

    public synchronized void clear() {
        calls.clear();
    }
}
