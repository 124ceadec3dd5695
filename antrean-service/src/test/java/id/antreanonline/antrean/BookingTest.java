package id.antreanonline.antrean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.service.BookingRefused;
import id.antreanonline.antrean.service.Messages;
import id.antreanonline.shared.TaskId;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.CancelledBy;

/** The booking's own rules: when it may be cancelled or checked in, and what it records when it is. */
class BookingTest {

    private static final LocalDate VISIT = LocalDate.of(2026, 12, 1);
    private static final ZonedDateTime NINE = VISIT.atTime(9, 0).atZone(Wib.ZONE);
    private static final Clock AT_NINE = Clock.fixed(NINE.toInstant(), Wib.ZONE);

    @Test
    void anActiveBookingBeforeItsVisitIsCancelledAndRemembersByWhomAndWhy() {
        Booking b = booking(VISIT);
        b.cancel(CancelledBy.HOSPITAL, "Dokter cuti", dayBefore());
        assertEquals(Booking.Status.CANCELLED, b.status);
        assertEquals(CancelledBy.HOSPITAL, b.cancelledBy);
        assertEquals("Dokter cuti", b.cancelReason);
        assertEquals(dayBefore().millis(), b.cancelledAt);
    }

    @Test
    void aBookingMayBeCancelledOnItsVisitDayUntilThePatientIsCalled() {
        Booking b = booking(VISIT);
        b.cancel(CancelledBy.BPJS, "Batal", AT_NINE);
        assertEquals(Booking.Status.CANCELLED, b.status);
    }

    @Test
    void aCancelledBookingCannotBeCancelledAgain() {
        Booking b = booking(VISIT);
        b.cancel(CancelledBy.BPJS, "Batal", AT_NINE);
        assertRefused(Messages.ALREADY_CANCELLED, () -> b.cancel(CancelledBy.HOSPITAL, "Lagi", AT_NINE));
        assertEquals(CancelledBy.BPJS, b.cancelledBy);
    }

    @Test
    void aCalledPatientsBookingCannotBeCancelled() {
        Booking b = booking(VISIT);
        b.taskRecorded(TaskId.POLI_SERVICE_STARTS.code(), NINE.toInstant().toEpochMilli());
        assertRefused(Messages.ALREADY_SERVED, () -> b.cancel(CancelledBy.HOSPITAL, "Batal", AT_NINE));
        assertEquals(Booking.Status.ACTIVE, b.status);
    }

    @Test
    void aServedPatientsBookingCannotBeCancelled() {
        Booking b = booking(VISIT);
        b.taskRecorded(TaskId.PHARMACY_WAIT_STARTS.code(), NINE.toInstant().toEpochMilli());
        assertRefused(Messages.ALREADY_SERVED, () -> b.cancel(CancelledBy.HOSPITAL, "Batal", AT_NINE));
    }

    @Test
    void aBookingWhoseVisitDatePassedCannotBeCancelled() {
        Booking b = booking(VISIT.minusDays(1));
        assertRefused(Messages.VISIT_DATE_PASSED, () -> b.cancel(CancelledBy.HOSPITAL, "Batal", AT_NINE));
        assertEquals(Booking.Status.ACTIVE, b.status);
    }

    @Test
    void aReturningPatientChecksInOnTheVisitDayAndWaitsForThePoli() {
        Booking b = booking(VISIT);
        long waktu = NINE.minusMinutes(10).toInstant().toEpochMilli();
        assertEquals(TaskId.POLI_WAIT_STARTS, b.checkIn(waktu, AT_NINE));
        assertEquals(waktu, b.checkedInAt);
        assertEquals(TaskId.POLI_WAIT_STARTS.code(), b.checkinTask);
    }

    @Test
    void aNewPatientChecksInAtAdmission() {
        Booking b = booking(VISIT);
        b.newPatient = true;
        assertEquals(TaskId.ADMISSION_WAIT_STARTS, b.checkIn(NINE.toInstant().toEpochMilli(), AT_NINE));
        assertEquals(TaskId.ADMISSION_WAIT_STARTS.code(), b.checkinTask);
    }

    @Test
    void checkInOnAnotherDayIsRefused() {
        Booking tomorrows = booking(VISIT.plusDays(1));
        assertRefused(Messages.CHECKIN_NOT_VISIT_DATE,
                () -> tomorrows.checkIn(NINE.toInstant().toEpochMilli(), AT_NINE));
        Booking todays = booking(VISIT);
        long yesterday = NINE.minusDays(1).toInstant().toEpochMilli();
        assertRefused(Messages.CHECKIN_NOT_VISIT_DATE, () -> todays.checkIn(yesterday, AT_NINE));
        assertNull(todays.checkedInAt);
    }

    @Test
    void aSecondCheckInIsRefusedAndTheFirstTimeKept() {
        Booking b = booking(VISIT);
        long first = NINE.minusMinutes(30).toInstant().toEpochMilli();
        b.checkIn(first, AT_NINE);
        assertRefused(Messages.ALREADY_CHECKED_IN, () -> b.checkIn(NINE.toInstant().toEpochMilli(), AT_NINE));
        assertEquals(first, b.checkedInAt);
    }

    @Test
    void aCancelledBookingCannotCheckIn() {
        Booking b = booking(VISIT);
        b.cancel(CancelledBy.HOSPITAL, "Batal", AT_NINE);
        assertRefused(Messages.CHECKIN_CANCELLED, () -> b.checkIn(NINE.toInstant().toEpochMilli(), AT_NINE));
        assertNull(b.checkedInAt);
    }

    @Test
    void checkInMoreThanFiveMinutesAheadOfOurClockIsRefused() {
        Booking b = booking(VISIT);
        assertRefused(Messages.CHECKIN_IN_FUTURE,
                () -> b.checkIn(NINE.plusMinutes(5).plusSeconds(1).toInstant().toEpochMilli(), AT_NINE));
        assertEquals(TaskId.POLI_WAIT_STARTS,
                b.checkIn(NINE.plusMinutes(5).toInstant().toEpochMilli(), AT_NINE));
    }

    @Test
    void theFirstCallAndTheFirstEndOfServiceAreKept() {
        Booking b = booking(VISIT);
        b.taskRecorded(TaskId.POLI_SERVICE_STARTS.code(), 1000L);
        b.taskRecorded(TaskId.POLI_SERVICE_STARTS.code(), 2000L);
        b.taskRecorded(TaskId.NO_SHOW.code(), 3000L);
        b.taskRecorded(TaskId.PHARMACY_WAIT_STARTS.code(), 4000L);
        assertEquals(1000L, b.calledAt);
        assertEquals(3000L, b.finishedAt);
    }

    @Test
    void patientKindIsStoredAndSentAsBpjsSpellsIt() {
        PatientKind.Column column = new PatientKind.Column();
        assertEquals("JKN", column.convertToDatabaseColumn(PatientKind.JKN));
        assertEquals("NON JKN", column.convertToDatabaseColumn(PatientKind.NON_JKN));
        assertEquals(PatientKind.NON_JKN, column.convertToEntityAttribute("NON JKN"));
        assertEquals(PatientKind.JKN, PatientKind.ofWire("JKN").orElseThrow());
        assertTrue(PatientKind.ofWire("UMUM").isEmpty());
    }

    @Test
    void onlyTheCallTheEndOfThePoliAndAbsenceMoveTheQueue() {
        for (TaskId task : TaskId.values()) {
            Booking b = booking(VISIT);
            b.taskRecorded(task.code(), 1L);
            boolean moved = b.calledAt != null || b.finishedAt != null;
            assertEquals(moved, Booking.movesQueue(task.code()), task.name());
        }
    }

    private static Clock dayBefore() {
        return Clock.offset(AT_NINE, Duration.ofDays(-1));
    }

    private static Booking booking(LocalDate tanggal) {
        Booking b = new Booking();
        b.kodebooking = "20261201A001";
        b.tanggal = tanggal;
        b.patientKind = PatientKind.JKN;
        b.status = Booking.Status.ACTIVE;
        return b;
    }

    private static void assertRefused(String message, Runnable attempt) {
        assertEquals(message, assertThrows(BookingRefused.class, attempt::run).getMessage());
    }
}
