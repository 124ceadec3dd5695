package id.antreanonline.antrean.rest;

import com.fasterxml.jackson.databind.JsonNode;

/** Lets tests of other packages read booking and visit events the way {@link CheckInTest} does. */
public final class CheckInTestAccess {

    private CheckInTestAccess() {
    }

    public static JsonNode bookingEvent(String kodebooking, String kind) {
        return CheckInTest.bookingEvent(kodebooking, kind);
    }

    public static JsonNode visitEvent(String kodebooking, String kind) {
        return CheckInTest.visitEvent(kodebooking, kind);
    }
}
