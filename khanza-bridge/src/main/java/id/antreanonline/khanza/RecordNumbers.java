package id.antreanonline.khanza;

/**
 * Khanza's medical record numbers: the next after {@code set_no_rkm_medis}, keeping its width and any prefix
 * ("000020" → "000021", "RM0099" → "RM0100"), as Khanza's registration screen counts.
 */
final class RecordNumbers {

    private RecordNumbers() {
    }

    static String next(String last) {
        int digits = last.length();
        while (digits > 0 && Character.isDigit(last.charAt(digits - 1))) {
            digits--;
        }
        String prefix = last.substring(0, digits);
        String number = last.substring(digits);
        if (number.isEmpty()) {
            throw new IllegalStateException("set_no_rkm_medis holds no number to count from");
        }
        String next = Long.toString(Long.parseLong(number) + 1);
        return prefix + "0".repeat(Math.max(0, number.length() - next.length())) + next;
    }
}
