package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.antreanonline.antrean.PatientKind;
import id.antreanonline.antrean.repository.PatientDirectory;
import id.antreanonline.outbox.BookingLog;
import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.IdentityNumbers;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the self-service kiosk in the lobby does, each through the rules the other doors use: the check-in of the
 * WS RS (task 1 or 3, at the kiosk's clock), the counter's onsite booking (same quota, same checks) for a JKN walk-in,
 * the counter's schedules of the day. The patient identifies with a kodebooking, a NIK or a card number only; the
 * rest of the record is read here, never sent to the kiosk.
 */
@ApplicationScoped
public class KioskService {

    private final BookingService bookings;
    private final QueueLedger ledger;
    private final OpenSchedules schedules;
    private final PatientDirectory patients;
    private final Clock clock;

    KioskService(BookingService bookings, QueueLedger ledger, OpenSchedules schedules, PatientDirectory patients,
            Clock clock) {
        this.bookings = bookings;
        this.ledger = ledger;
        this.schedules = schedules;
        this.patients = patients;
        this.clock = clock;
    }

    /** A JKN walk-in's choice: who (card number or NIK, one of them), with which referral, at which practice today. */
    public record WalkIn(String nomorkartu, String nik, String nomorreferensi, String jeniskunjungan, String kodepoli,
            String kodedokter, String jampraktek) {
    }

    /** The booking of that code (of any day, so the patient can be told which), or today's bookings of a NIK. */
    public Uni<List<KioskBooking>> find(String kodebooking, String nik) {
        if (!BookingService.blank(kodebooking)) {
            BookingLog.aboutBooking(kodebooking.trim());
            return ledger.kioskViewOf(kodebooking.trim()).map(List::of);
        }
        if (BookingService.blank(nik) || !IdentityNumbers.isNik(nik.trim())) {
            return Uni.createFrom().failure(new StaffRefused(400, Messages.KIOSK_CODE_OR_NIK));
        }
        return ledger.kioskViewsOf(nik.trim(), today()).invoke(found -> {
            if (found.isEmpty()) {
                throw new StaffRefused(404, Messages.KIOSK_NO_BOOKING_TODAY);
            }
        });
    }

    /** The WS RS check-in at this moment; the booking as it is after it (its checkinTask tells where to go). */
    public Uni<KioskBooking> checkIn(String kodebooking) {
        return bookings.checkIn(kodebooking, String.valueOf(clock.millis()))
                .chain(() -> ledger.kioskViewOf(kodebooking.trim()));
    }

    /** Today's practices that still take patients (the counter's list, without the closed ones). */
    public Uni<List<OpenSchedules.Slot>> todaysSchedules(String kodepoli) {
        return schedules.ofDay(Wib.DATE.format(today()), kodepoli)
                .map(slots -> slots.stream().filter(s -> !s.tutup()).toList());
    }

    /**
     * An onsite JKN number for today, by the counter's rules and quota. The patient must have a medical record here
     * (found by card number or NIK in the read model of pasien-service's records); a walk-in without one, or whose
     * record lacks the card number, is a refusal the kiosk turns into "go to the counter".
     */
    public Uni<BookingReceipt> takeNumber(WalkIn w, String caller) {
        if (w == null) {
            return Uni.createFrom().failure(new BookingRefused(WsrsMessages.MALFORMED_REQUEST));
        }
        String card = BookingService.blank(w.nomorkartu()) ? null : w.nomorkartu().trim();
        String nik = BookingService.blank(w.nik()) ? null : w.nik().trim();
        if ((card == null) == (nik == null)) {
            return Uni.createFrom().failure(new BookingRefused(Messages.KIOSK_CARD_OR_NIK));
        }
        if (card != null && !IdentityNumbers.isCard(card)) {
            return Uni.createFrom().failure(new BookingRefused(Messages.CARD_INVALID));
        }
        if (nik != null && !IdentityNumbers.isNik(nik)) {
            return Uni.createFrom().failure(new BookingRefused(Messages.NIK_INVALID));
        }
        return patients.byCardOrNik(card, nik).chain(found -> {
            PatientDirectory.KnownPatient p = found.orElseThrow(
                    () -> new BookingRefused(BpjsEnvelope.PATIENT_UNKNOWN, WsrsMessages.PATIENT_UNKNOWN));
            if (p.nomorkartu() == null) {
                throw new BookingRefused(Messages.CARD_REQUIRED_FOR_JKN);
            }
            return bookings.takeOnsite(new BookingRequest(p.nomorkartu(), p.nik(), null, w.kodepoli(), p.norm(),
                    Wib.DATE.format(today()), w.kodedokter(), w.jampraktek(), w.jeniskunjungan(), w.nomorreferensi(),
                    PatientKind.JKN.wire()), caller);
        });
    }

    private LocalDate today() {
        return clock.instant().atZone(Wib.ZONE).toLocalDate();
    }
}
