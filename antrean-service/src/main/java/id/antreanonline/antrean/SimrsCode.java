package id.antreanonline.antrean;

import java.util.Locale;
import java.util.Optional;

/**
 * One of the SIMRS's own codes and BPJS's code it stands for: a poli ({@code kodepoli}) or a doctor
 * ({@code kodedokter}). It knows what a valid mapping is: BPJS's codes as a booking accepts them.
 */
public record SimrsCode(Kind kind, String kodeSimrs, String kodeBpjs, String nama) {

    public enum Kind {
        POLI, DOKTER;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> ofWire(String text) {
            if (text == null) {
                return Optional.empty();
            }
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "poli" -> Optional.of(POLI);
                case "dokter" -> Optional.of(DOKTER);
                default -> Optional.empty();
            };
        }
    }

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 200;

    /** Why these values are not a mapping (Indonesian, for the caller), or empty when they are one. */
    public static Optional<String> whyNot(String kind, String kodeSimrs, String kodeBpjs, String nama) {
        Optional<Kind> k = Kind.ofWire(kind);
        if (k.isEmpty()) {
            return Optional.of("kind harus poli atau dokter");
        }
        if (blank(kodeSimrs) || kodeSimrs.strip().length() > CODE_MAX) {
            return Optional.of("kode_simrs wajib diisi, paling panjang " + CODE_MAX + " karakter");
        }
        if (blank(kodeBpjs)) {
            return Optional.of("kode_bpjs wajib diisi");
        }
        String bpjs = kodeBpjs.strip();
        // the rules BookingService applies to kodepoli and kodedokter
        if (k.get() == Kind.POLI && (bpjs.length() > 20 || !bpjs.matches("[A-Za-z0-9]+"))) {
            return Optional.of("kode_bpjs poli harus huruf atau angka, paling panjang 20 karakter");
        }
        if (k.get() == Kind.DOKTER && !bpjs.matches("\\d{1,20}")) {
            return Optional.of("kode_bpjs dokter harus angka, paling panjang 20 digit");
        }
        if (nama != null && nama.strip().length() > NAME_MAX) {
            return Optional.of("nama paling panjang " + NAME_MAX + " karakter");
        }
        return Optional.empty();
    }

    /** The mapping from values {@link #whyNot} accepted; blanks as null, text trimmed. */
    public static SimrsCode of(String kind, String kodeSimrs, String kodeBpjs, String nama) {
        return new SimrsCode(Kind.ofWire(kind).orElseThrow(), kodeSimrs.strip(), kodeBpjs.strip(),
                blank(nama) ? null : nama.strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
