package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.PatientKind;
import id.antreanonline.antrean.SimrsCommand;
import id.antreanonline.antrean.client.PasienClient;
import id.antreanonline.antrean.client.PatientRecord;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.outbox.BookingLog;
import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.IdentityNumbers;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.CancelledBy;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The rules of taking, looking at, cancelling and checking in a queue number (contract section 3). Format rules
 * first, then the schedule, the patient and the number in the schedule's next batch ({@link BookingBatches}); the
 * other operations in {@link QueueLedger}.
 */
@ApplicationScoped
public class BookingService {

    private static final Logger LOG = Logger.getLogger(BookingService.class);

    // compiled once: String.matches compiles its pattern on every call
    private static final Pattern MILLIS = Pattern.compile("\\d{1,15}");
    private static final Pattern JENISKUNJUNGAN = Pattern.compile("[1-4]");
    private static final Pattern KODEDOKTER = Pattern.compile("\\d{1,20}");
    private static final Pattern NOHP = Pattern.compile("\\+?\\d{6,15}");

    private final QueueLedger ledger;
    private final BookingBatches batches;
    private final SimrsCodeService codes;
    private final SimrsCommands commands;
    private final PasienClient pasien;
    private final AntreanConfig config;
    private final Clock clock;
    private final MeterRegistry registry;

    BookingService(QueueLedger ledger, BookingBatches batches, SimrsCodeService codes, SimrsCommands commands,
            PasienClient pasien, AntreanConfig config, Clock clock, MeterRegistry registry) {
        this.registry = registry;
        this.ledger = ledger;
        this.batches = batches;
        this.codes = codes;
        this.commands = commands;
        this.pasien = pasien;
        this.config = config;
        this.clock = clock;
    }

    /** Mobile JKN's ambilantrean (from tomorrow on) or the counter's onsite booking (from today on). */
    public Uni<BookingReceipt> take(BookingRequest request, BookingSource source) {
        return take(request, source, null);
    }

    /**
     * An onsite booking from the counter or a SIMRS: the SIMRS's poli and doctor codes translated through the
     * mapping, and, under the caller's own event id, taken once (a repeat answers the same booking).
     */
    public Uni<BookingReceipt> takeOnsite(BookingRequest request, String caller) {
        return Uni.createFrom().deferred(() -> {
            SimrsCommand command = SimrsCommand.of(caller, request.eventid(), "antrean", request.nomorkartu(),
                    request.nik(), request.nohp(), request.kodepoli(), request.norm(), request.tanggalperiksa(),
                    request.kodedokter(), request.jampraktek(), request.jeniskunjungan(), request.nomorreferensi(),
                    request.jenispasien(), request.kodepolisimrs(), request.kodedoktersimrs());
            return commands.once(command,
                    () -> codes.translate(request).chain(r -> take(r, BookingSource.ONSITE, command)),
                    ledger::receiptOf);
        });
    }

    private Uni<BookingReceipt> take(BookingRequest request, BookingSource source, SimrsCommand command) {
        return Uni.createFrom().item(() -> validate(request, source))
                .chain(order -> take(order, source, null, command))
                .invoke(receipt -> {
                    // from here on this request's lines are about the booking just given
                    BookingLog.aboutBooking(receipt.kodebooking());
                    LOG.infof("booking %s taken (%s)", receipt.kodebooking(), source);
                })
                .onFailure(QueueLedger::isDuplicateBooking)
                .transform(e -> new BookingRefused(WsrsMessages.ONE_BOOKING_PER_DAY))
                .onItemOrFailure().invoke((receipt, failure) -> registry.counter("bookings", "source", source.name(),
                        "outcome", failure == null ? "taken" : failure instanceof BookingRefused ? "refused" : "error")
                        .increment());
    }

    /**
     * The number from the schedule's next batch; a patient the read model does not know yet (just registered, or the
     * model still catching up) is looked up in pasien-service, outside the batch, and the booking taken again.
     */
    private Uni<BookingReceipt> take(BookingOrder order, BookingSource source, PatientRecord patient,
            SimrsCommand command) {
        return batches.take(order, source, patient, command).chain(outcome -> switch (outcome.kind()) {
            case TAKEN -> Uni.createFrom().item(outcome.receipt());
            case NO_SCHEDULE -> ledger.whyNoSchedule(order.kodepoli(), order.kodedokter());
            // a patient given by the caller is never "not here"; looked up once only
            case PATIENT_NOT_HERE -> patient == null
                    ? lookUpPatient(order).chain(found -> take(order, source, found, command))
                    : Uni.createFrom().failure(new IllegalStateException("a looked-up patient was not taken"));
        });
    }

    /** A booking with its schedule, for the staff (the visit's SEP and surat kontrol). */
    public Uni<BookingDetail> detail(String kodebooking) {
        if (blank(kodebooking)) {
            return Uni.createFrom().failure(new StaffRefused(400, "Kode booking wajib diisi"));
        }
        return ledger.detailOf(kodebooking.trim());
    }

    public Uni<BookingTicket> ticket(String kodebooking) {
        if (blank(kodebooking)) {
            return Uni.createFrom().failure(new StaffRefused(400, "Kode booking wajib diisi"));
        }
        return ledger.ticketOf(kodebooking.trim());
    }

    public Uni<QueueStatus> status(String kodepoli, String kodedokter, String tanggalperiksa, String jampraktek) {
        return Uni.createFrom().item(() -> {
            LocalDate tanggal = visitDate(tanggalperiksa);
            if (tanggal.isBefore(today())) {
                throw new BookingRefused(WsrsMessages.DATE_NOT_VALID);
            }
            if (blank(kodepoli)) {
                throw new BookingRefused(WsrsMessages.POLI_NOT_FOUND);
            }
            if (blank(kodedokter)) {
                throw new BookingRefused(Messages.DOCTOR_INVALID);
            }
            if (!DoctorSchedule.validHours(DoctorSchedule.normaliseHours(jampraktek))) {
                throw new BookingRefused(Messages.HOURS_INVALID);
            }
            return tanggal;
        }).chain(tanggal -> ledger.status(kodepoli.trim(), kodedokter.trim(), tanggal,
                DoctorSchedule.normaliseHours(jampraktek)));
    }

    public Uni<RemainingQueue> remaining(String kodebooking) {
        if (blank(kodebooking)) {
            return Uni.createFrom().failure(new BookingRefused(Messages.BOOKING_CODE_REQUIRED));
        }
        return ledger.remaining(kodebooking.trim());
    }

    public Uni<Void> cancel(String kodebooking, String keterangan, CancelledBy by) {
        return cancel(kodebooking, keterangan, by, null, null);
    }

    /** A cancellation; under the caller's own event id (null: none), applied once, a repeat answered as the first. */
    public Uni<Void> cancel(String kodebooking, String keterangan, CancelledBy by, String caller, String eventId) {
        if (blank(kodebooking)) {
            return Uni.createFrom().failure(new BookingRefused(Messages.BOOKING_CODE_REQUIRED));
        }
        String code = kodebooking.trim();
        String reason = blank(keterangan) ? Messages.CANCELLED_DEFAULT_REASON : keterangan.trim();
        String kept = reason.length() > 500 ? reason.substring(0, 500) : reason;
        return Uni.createFrom().deferred(() -> {
            SimrsCommand command = SimrsCommand.of(caller, eventId, "batal", code, kept);
            return commands.once(command, () -> ledger.cancel(code, kept, by, command)
                    // the same event id used at once for another booking: the first one tells
                    .onFailure(QueueLedger::isDuplicateBooking)
                    .transform(e -> new BookingRefused(Messages.ALREADY_CANCELLED)),
                    cancelled -> Uni.createFrom().voidItem())
                    .invoke(() -> LOG.infof("booking %s cancelled (%s)", code, by));
        });
    }

    public Uni<Void> checkIn(String kodebooking, String waktu) {
        if (blank(kodebooking)) {
            return Uni.createFrom().failure(new BookingRefused(Messages.BOOKING_CODE_REQUIRED));
        }
        if (blank(waktu) || !MILLIS.matcher(waktu.trim()).matches()) {
            return Uni.createFrom().failure(new BookingRefused(Messages.CHECKIN_TIME_INVALID));
        }
        String code = kodebooking.trim();
        return ledger.checkIn(code, Long.parseLong(waktu.trim()))
                .invoke(() -> LOG.infof("booking %s checked in", code));
    }

    private Uni<PatientRecord> lookUpPatient(BookingOrder order) {
        return pasien.find(order.norm(), order.nomorkartu(), order.nik())
                .onFailure(PasienClient.Unavailable.class)
                .transform(e -> new BookingRefused(Messages.PATIENT_LOOKUP_FAILED))
                .map(found -> found.orElseThrow(
                        () -> new BookingRefused(BpjsEnvelope.PATIENT_UNKNOWN, WsrsMessages.PATIENT_UNKNOWN)));
    }

    BookingOrder validate(BookingRequest r, BookingSource source) {
        if (r == null) {
            throw new BookingRefused(WsrsMessages.MALFORMED_REQUEST);
        }
        LocalDate tanggal = visitDate(r.tanggalperiksa());
        LocalDate today = today();
        boolean onsite = source == BookingSource.ONSITE;
        if (tanggal.isBefore(today) || (!onsite && tanggal.isEqual(today))) {
            throw new BookingRefused(WsrsMessages.DATE_NOT_VALID);
        }
        if (tanggal.isAfter(today.plusDays(config.booking().horizonDays()))) {
            throw new BookingRefused(Messages.DATE_BEYOND_HORIZON);
        }
        if (blank(r.kodepoli())) {
            throw new BookingRefused(WsrsMessages.POLI_NOT_FOUND);
        }
        String nik = trimmed(r.nik());
        if (nik == null || !IdentityNumbers.isNik(nik)) {
            throw new BookingRefused(Messages.NIK_INVALID);
        }
        String nomorkartu = trimmed(r.nomorkartu());
        if (nomorkartu != null && !IdentityNumbers.isCard(nomorkartu)) {
            throw new BookingRefused(Messages.CARD_INVALID);
        }
        PatientKind kind;
        if (onsite) {
            kind = PatientKind.ofWire(trimmed(r.jenispasien()))
                    .orElseThrow(() -> new BookingRefused(Messages.PATIENT_KIND_INVALID));
            if (kind == PatientKind.JKN && nomorkartu == null) {
                throw new BookingRefused(Messages.CARD_REQUIRED_FOR_JKN);
            }
        } else {
            kind = nomorkartu != null ? PatientKind.JKN : PatientKind.NON_JKN;
        }
        String kunjungan = trimmed(r.jeniskunjungan());
        if (kunjungan == null || !JENISKUNJUNGAN.matcher(kunjungan).matches()) {
            throw new BookingRefused(Messages.VISIT_KIND_INVALID);
        }
        String nomorreferensi = trimmed(r.nomorreferensi());
        if (kind == PatientKind.JKN && nomorreferensi == null) {
            throw new BookingRefused(Messages.REFERENCE_REQUIRED);
        }
        if (nomorreferensi != null && nomorreferensi.length() > 40) {
            throw new BookingRefused(Messages.REFERENCE_REQUIRED);
        }
        String kodedokter = trimmed(r.kodedokter());
        if (kodedokter == null || !KODEDOKTER.matcher(kodedokter).matches()) {
            throw new BookingRefused(Messages.DOCTOR_INVALID);
        }
        String jampraktek = DoctorSchedule.normaliseHours(r.jampraktek());
        if (!DoctorSchedule.validHours(jampraktek)) {
            throw new BookingRefused(Messages.HOURS_INVALID);
        }
        String nohp = trimmed(r.nohp());
        if (nohp != null && !NOHP.matcher(nohp).matches()) {
            throw new BookingRefused(Messages.PHONE_INVALID);
        }
        String norm = trimmed(r.norm());
        if (norm != null && norm.length() > 30) {
            norm = null;
        }
        String kodepoli = r.kodepoli().trim();
        if (kodepoli.length() > 20) {
            throw new BookingRefused(WsrsMessages.POLI_NOT_FOUND);
        }
        return new BookingOrder(tanggal, kodepoli, kodedokter, jampraktek, nik, nomorkartu, nohp, norm,
                Integer.parseInt(kunjungan), nomorreferensi, kind);
    }

    private static LocalDate visitDate(String text) {
        Optional<LocalDate> date = Wib.parseDate(text == null ? null : text.trim());
        return date.orElseThrow(() -> new BookingRefused(WsrsMessages.BAD_DATE_FORMAT));
    }

    private LocalDate today() {
        return clock.instant().atZone(Wib.ZONE).toLocalDate();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }
}
