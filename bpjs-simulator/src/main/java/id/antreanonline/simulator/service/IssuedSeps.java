package id.antreanonline.simulator.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

/** The SEPs the hospital has issued, by number: written by the SEP group, read by rencana kontrol and monitoring. */
@ApplicationScoped
public class IssuedSeps {

    private final Map<String, IssuedSep> byNumber = new ConcurrentHashMap<>();
    // BPJS never gives a number twice: a restarted simulator starts its running numbers elsewhere, or a letter
    // number a booking already holds would come back (the hospital's data outlives the simulator's memory)
    private final AtomicInteger numbers = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    public void reset() {
        byNumber.clear();
    }

    /** The next SEP number: the provider, MMyy of the SEP date, V, a running number. */
    String nextNumber(String ppk, LocalDate tglSep) {
        return ppk + tglSep.format(Vclaim.MMYY) + "V" + String.format("%06d", numbers.incrementAndGet());
    }

    void add(IssuedSep sep) {
        byNumber.put(sep.noSep(), sep);
    }

    Optional<IssuedSep> get(String noSep) {
        return Optional.ofNullable(byNumber.get(noSep));
    }

    Optional<IssuedSep> remove(String noSep) {
        return Optional.ofNullable(byNumber.remove(noSep));
    }

    boolean anyMatch(Predicate<IssuedSep> filter) {
        return byNumber.values().stream().anyMatch(filter);
    }

    /** The SEPs that match, in number order. */
    List<IssuedSep> where(Predicate<IssuedSep> filter) {
        List<IssuedSep> list = new ArrayList<>(byNumber.values().stream().filter(filter).toList());
        list.sort(Comparator.comparing(IssuedSep::noSep));
        return list;
    }
}
