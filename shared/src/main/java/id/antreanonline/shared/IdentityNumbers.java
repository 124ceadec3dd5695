package id.antreanonline.shared;

import java.util.regex.Pattern;

/** The forms of a patient's numbers as BPJS gives them, checked the same way by every service. */
public final class IdentityNumbers {

    /** NIK (and the family card's number, nomorkk, which has its form): 16 digits. */
    public static final Pattern NIK = Pattern.compile("\\d{16}");

    /** A JKN card number (nomorkartu, nopeserta): 13 digits. */
    public static final Pattern CARD = Pattern.compile("\\d{13}");

    private IdentityNumbers() {
    }

    public static boolean isNik(String value) {
        return value != null && NIK.matcher(value).matches();
    }

    public static boolean isCard(String value) {
        return value != null && CARD.matcher(value).matches();
    }
}
