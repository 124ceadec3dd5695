package id.antreanonline.farmasi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.service.Refusal.Kind;
import id.antreanonline.shared.Wib;

/** The rules of contract section 1 on their own, without a server. */
class TaskRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final long NOW = at("23:00");

    private final Map<Integer, Long> recorded = new HashMap<>();

    private static long at(String hhmm) {
        return DAY.atTime(LocalTime.parse(hhmm)).atZone(Wib.ZONE).toInstant().toEpochMilli();
    }

    private static Visit visit(boolean newPatient) {
        Visit v = new Visit();
        v.kodebooking = "KB1";
        v.pasienbaru = newPatient ? 1 : 0;
        v.tanggalperiksa = DAY;
        v.status = Visit.Status.OPEN;
        return v;
    }

    private Visit after(Visit v, int taskid, String hhmm) {
        recorded.put(taskid, at(hhmm));
        v.lastTaskid = taskid;
        v.lastWaktu = at(hhmm);
        return v;
    }

    private TaskRules.Decision decide(Visit v, int taskid, String hhmm) {
        return TaskRules.decide(v, recorded, taskid, at(hhmm), null, NOW);
    }

    private static Refusal refusal(TaskRules.Decision d) {
        return assertInstanceOf(TaskRules.Refuse.class, d).refusal();
    }

    @Test
    void newPatientStartsAtTaskOne() {
        assertInstanceOf(TaskRules.Accept.class, decide(visit(true), 1, "07:00"));
        assertEquals(Kind.CONFLICT, refusal(decide(visit(true), 3, "07:00")).kind());
    }

    @Test
    void returningPatientStartsAtTaskThree() {
        assertInstanceOf(TaskRules.Accept.class, decide(visit(false), 3, "07:00"));
        Refusal r = refusal(decide(visit(false), 1, "07:00"));
        assertTrue(r.message().contains("pasien baru"), r.message());
    }

    @Test
    void aTaskMustFollowItsPredecessor() {
        Visit v = after(visit(false), 3, "07:00");
        Refusal r = refusal(decide(v, 5, "08:00"));
        assertEquals(Kind.CONFLICT, r.kind());
        assertEquals("Task 5 tidak dapat dicatat sebelum task 4", r.message());
        assertInstanceOf(TaskRules.Accept.class, decide(v, 4, "08:00"));
    }

    @Test
    void anEarlierTaskAfterALaterOneIsRefused() {
        Visit v = after(after(visit(false), 3, "07:00"), 4, "07:10");
        assertEquals("Task 2 tidak dapat dicatat setelah task 4", refusal(decide(v, 2, "07:20")).message());
        assertTrue(refusal(decide(v, 3, "07:20")).message().contains("sudah tercatat"));
    }

    @Test
    void timeMustGoForward() {
        Visit v = after(visit(false), 3, "08:00");
        assertEquals(Kind.UNPROCESSABLE, refusal(decide(v, 4, "07:59")).kind());
        assertEquals(Kind.UNPROCESSABLE, refusal(decide(v, 4, "08:00")).kind());
    }

    @Test
    void timeMustBeOnTheVisitDateInWib() {
        long dayBefore = at("07:00") - 24 * 3600 * 1000L;
        Refusal r = refusal(TaskRules.decide(visit(false), recorded, 3, dayBefore, null, NOW));
        assertEquals(Kind.UNPROCESSABLE, r.kind());
        assertTrue(r.message().contains("bukan pada tanggal periksa 2026-03-02"), r.message());
    }

    @Test
    void timeInTheFutureIsRefused() {
        Refusal r = refusal(TaskRules.decide(visit(false), recorded, 3, at("12:00"), null, at("11:00")));
        assertTrue(r.message().contains("belum terjadi"), r.message());
    }

    @Test
    void theSameStepWithTheSameTimeIsADuplicate() {
        Visit v = after(visit(false), 3, "07:00");
        assertInstanceOf(TaskRules.Duplicate.class, decide(v, 3, "07:00"));
        assertEquals(Kind.CONFLICT, refusal(decide(v, 3, "07:05")).kind());
    }

    @Test
    void noShowIsAllowedBeforeThePoliFinishedButNotAfter() {
        assertInstanceOf(TaskRules.Accept.class, decide(visit(true), 99, "09:00"));
        Visit checkedIn = after(visit(true), 1, "07:00");
        assertInstanceOf(TaskRules.Accept.class, decide(checkedIn, 99, "09:00"));
        Visit served = after(after(visit(false), 3, "07:00"), 4, "07:30");
        assertInstanceOf(TaskRules.Accept.class, decide(served, 99, "09:00"));
        after(served, 5, "08:00");
        assertEquals(Kind.CONFLICT, refusal(decide(served, 99, "09:00")).kind());
    }

    @Test
    void nothingIsRecordedOnAClosedVisit() {
        Visit ended = visit(false);
        ended.status = Visit.Status.ENDED;
        assertTrue(refusal(decide(ended, 3, "07:00")).message().contains("99"));
        Visit cancelled = visit(false);
        cancelled.status = Visit.Status.CANCELLED;
        assertTrue(refusal(decide(cancelled, 3, "07:00")).message().contains("dibatalkan"));
    }

    @Test
    void pharmacyTasksNeedAPrescription() {
        Visit v = after(after(after(visit(false), 3, "07:00"), 4, "07:30"), 5, "08:00");
        assertEquals(Kind.CONFLICT, refusal(decide(v, 6, "08:10")).kind());
        TaskRules.Decision withResep = TaskRules.decide(v, recorded, 6, at("08:10"), "Non Racikan", NOW);
        assertEquals("non racikan", assertInstanceOf(TaskRules.Accept.class, withResep).jenisresep());
    }

    @Test
    void prescriptionKindsAreBpjsOnes() {
        Visit v = after(after(visit(false), 3, "07:00"), 4, "07:30");
        assertEquals(Kind.BAD_REQUEST, refusal(TaskRules.decide(v, recorded, 5, at("08:00"), "kapsul", NOW)).kind());
        assertNull(assertInstanceOf(TaskRules.Accept.class,
                TaskRules.decide(v, recorded, 5, at("08:00"), "Tidak ada", NOW)).jenisresep());
        assertEquals("racikan", JenisResep.normalise(" RACIKAN "));
    }

    @Test
    void unknownBookingAndUnknownTaskAreRefused() {
        assertEquals(Kind.NOT_FOUND, refusal(decide(null, 3, "07:00")).kind());
        assertEquals(Kind.BAD_REQUEST, refusal(decide(visit(false), 8, "07:00")).kind());
    }
}
