package id.antreanonline.simulator.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The SEPs the hospital has issued, by number, in VClaim's field names: written by the SEP group, read by
 * rencana kontrol and monitoring. A SEP's map is locked ({@code synchronized (sep)}) around changes.
 */
@ApplicationScoped
public class IssuedSeps {

    private final Map<String, Map<String, Object>> byNumber = new ConcurrentHashMap<>();
    private final AtomicInteger numbers = new AtomicInteger();

    public void reset() {
        byNumber.clear();
    }

    /** The next SEP number: the provider, MMyy of the SEP date, V, a running number. */
    String nextNumber(String ppk, LocalDate tglSep) {
        return ppk + tglSep.format(Vclaim.MMYY) + "V" + String.format("%06d", numbers.incrementAndGet());
    }

    void add(Map<String, Object> sep) {
        byNumber.put((String) sep.get("noSep"), sep);
    }

    Optional<Map<String, Object>> get(String noSep) {
        return Optional.ofNullable(byNumber.get(noSep));
    }

    Optional<Map<String, Object>> remove(String noSep) {
        return Optional.ofNullable(byNumber.remove(noSep));
    }

    boolean anyMatch(Predicate<Map<String, Object>> filter) {
        return byNumber.values().stream().anyMatch(filter);
    }

    /** The SEPs that match, in number order. */
    List<Map<String, Object>> where(Predicate<Map<String, Object>> filter) {
        List<Map<String, Object>> list = new ArrayList<>(byNumber.values().stream().filter(filter).toList());
        list.sort(Comparator.comparing(s -> (String) s.get("noSep")));
        return list;
    }
}
