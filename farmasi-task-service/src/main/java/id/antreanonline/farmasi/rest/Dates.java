package id.antreanonline.farmasi.rest;

import java.time.Clock;
import java.time.LocalDate;

import id.antreanonline.farmasi.service.Refusal;
import id.antreanonline.farmasi.service.RefusedException;
import id.antreanonline.shared.Wib;

final class Dates {

    private Dates() {
    }

    /** {@code tanggal} as yyyy-MM-dd, today (WIB) when absent. */
    static LocalDate dayOrToday(String tanggal, Clock clock) {
        if (tanggal == null || tanggal.isBlank()) {
            return LocalDate.now(clock.withZone(Wib.ZONE));
        }
        return Wib.parseDate(tanggal.trim()).orElseThrow(() -> new RefusedException(Refusal.of(
                Refusal.Kind.BAD_REQUEST, "Format tanggal tidak sesuai, format yang benar adalah yyyy-mm-dd")));
    }
}
