package id.antreanonline.farmasi.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import id.antreanonline.farmasi.client.BookingTicket;
import id.antreanonline.shared.Wib;

/**
 * A patient's queue ticket: what the printed slip and its PDF show, nothing personal. {@code tanggal} and
 * {@code estimasi} are written out for the slip ("Senin, 5 Januari 2026", "08:30"); {@code qrSvg} is the kodebooking
 * as a QR code (the kiosk scans it back at check-in).
 */
public record Ticket(String rumahSakit, String kodebooking, String nomorantrean, Integer angkaantrean,
        String jenispasien, String kodepoli, String namapoli, String kodedokter, String namadokter,
        String tanggalperiksa, String tanggal, String jampraktek, Long estimasidilayani, String estimasi,
        long dicetak, String qrSvg) {

    private static final String[] DAYS = { "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu" };
    private static final String[] MONTHS = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember" };
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(Wib.ZONE);

    static Ticket of(String rumahSakit, BookingTicket b, long now) {
        return new Ticket(rumahSakit, b.kodebooking(), b.nomorantrean(), b.angkaantrean(), b.jenispasien(),
                b.kodepoli(), b.namapoli(), b.kodedokter(), b.namadokter(), b.tanggalperiksa(),
                Wib.parseDate(b.tanggalperiksa()).map(Ticket::longDate).orElse(b.tanggalperiksa()), b.jampraktek(),
                b.estimasidilayani(), b.estimasidilayani() == null ? null
                        : HOUR.format(Instant.ofEpochMilli(b.estimasidilayani())),
                now, TicketQr.of(b.kodebooking()).svg());
    }

    /** Indonesian names written out here, not by the JDK's locale data (a native image carries only one locale). */
    static String longDate(LocalDate day) {
        return DAYS[day.getDayOfWeek().getValue() - 1] + ", " + day.getDayOfMonth() + " "
                + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
    }
}
