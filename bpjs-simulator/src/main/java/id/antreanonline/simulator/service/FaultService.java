package id.antreanonline.simulator.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.antreanonline.simulator.Fault;

/** The fault currently injected, if any, and how long or for how many calls it still holds. */
@ApplicationScoped
public class FaultService {

    private final Clock clock;
    private Fault fault;
    private Instant until;
    private int remainingCalls;

    public FaultService(Clock clock) {
        this.clock = clock;
    }

    public synchronized void inject(Fault fault) {
        this.fault = fault;
        this.until = fault.durationSeconds() > 0 ? clock.instant().plusSeconds(fault.durationSeconds()) : null;
        this.remainingCalls = fault.calls();
    }

    public synchronized void clear() {
        fault = null;
    }

    public synchronized Optional<Fault> current() {
        expire();
        return Optional.ofNullable(fault);
    }

    /** The fault that applies to the call now arriving on {@code path}, counting it against a number of calls. */
    public synchronized Optional<Fault> take(String path) {
        expire();
        if (fault == null || !fault.covers(path)) {
            return Optional.empty();
        }
        Fault applied = fault;
        if (applied.calls() > 0 && --remainingCalls <= 0) {
            fault = null;
        }
        return Optional.of(applied);
    }

    private void expire() {
        if (fault != null && until != null && !clock.instant().isBefore(until)) {
            fault = null;
        }
    }
}
