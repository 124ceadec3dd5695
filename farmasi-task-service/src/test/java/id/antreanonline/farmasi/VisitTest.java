package id.antreanonline.farmasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VisitTest {

    @Test
    void aCancelledBookingClosesAnOpenVisitButLeavesAnEndedOneEnded() {
        Visit open = new Visit();
        open.status = Visit.Status.OPEN;
        Visit ended = new Visit();
        ended.status = Visit.Status.ENDED;

        open.cancel();
        ended.cancel();

        assertEquals(Visit.Status.CANCELLED, open.status);
        assertEquals(Visit.Status.ENDED, ended.status);
    }
}
