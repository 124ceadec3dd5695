package id.antreanonline.antrean.rest;

import com.fasterxml.jackson.databind.JsonNode;

/** Lets tests of other packages read booking events the way {@link CheckInTest} does. */
public final class CheckInTestAccess {

    private CheckInTestAccess() {
    }

    public static JsonNode bookingEvent(String kodebooking, String kind) {
        return CheckInTest.bookingEvent(kodebooking, kind);
    }
}
