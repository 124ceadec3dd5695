package id.antreanonline.simulator.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import id.antreanonline.simulator.BpjsBooking;

/** The bookings BPJS knows, by kodebooking: written by the Antrean WS calls, read by its reports. */
@ApplicationScoped
public class BpjsBookings {

    private final Map<String, BpjsBooking> byKodebooking = new ConcurrentHashMap<>();

    public void reset() {
        byKodebooking.clear();
    }

    public Optional<BpjsBooking> find(String kodebooking) {
        return Optional.ofNullable(byKodebooking.get(kodebooking));
    }

    boolean contains(String kodebooking) {
        return byKodebooking.containsKey(kodebooking);
    }

    /** Adds the booking unless its kodebooking is known already; false then. */
    boolean add(BpjsBooking booking) {
        return byKodebooking.putIfAbsent(booking.kodebooking(), booking) == null;
    }

    Stream<BpjsBooking> on(LocalDate tanggalperiksa) {
        return byKodebooking.values().stream().filter(b -> b.tanggalperiksa().equals(tanggalperiksa));
    }

    /** The bookings for that date and later. */
    Stream<BpjsBooking> from(LocalDate tanggalperiksa) {
        return byKodebooking.values().stream().filter(b -> !b.tanggalperiksa().isBefore(tanggalperiksa));
    }
}
