package id.antreanonline.antrean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import id.antreanonline.antrean.service.StaffRefused;

/**
 * A request a caller (a SIMRS) sent under its own event id: applied once per caller and id. The fingerprint is a
 * SHA-256 of what was asked, so a repeat can be told from another request under the same id.
 */
public record SimrsCommand(String caller, String eventId, String fingerprint) {

    public static final int EVENT_ID_MAX = 100;

    /** Whether a command remembered with this fingerprint asked the same (a repeat), not merely under the same id. */
    public boolean sameRequest(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    /**
     * The command, or null when the request carries no event id.
     *
     * @param what the kind of request and its fields, in a fixed order
     */
    public static SimrsCommand of(String caller, String eventId, String... what) {
        if (eventId == null || eventId.isBlank()) {
            return null;
        }
        String id = eventId.strip();
        if (id.length() > EVENT_ID_MAX) {
            throw new StaffRefused(400, "eventid paling panjang " + EVENT_ID_MAX + " karakter");
        }
        return new SimrsCommand(caller, id, fingerprint(what));
    }

    private static String fingerprint(String... what) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String field : what) {
                String value = field == null ? "" : field.strip();
                // each field with its length: ("ab", "c") and ("a", "bc") differ
                sha.update((value.length() + ":" + value + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
