package id.antreanonline.antrean.service;

import java.security.SecureRandom;

/** Booking codes: 12 random characters (60 bits), so that nobody can guess another patient's booking. */
final class KodeBooking {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private KodeBooking() {
    }

    static String next() {
        char[] code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
