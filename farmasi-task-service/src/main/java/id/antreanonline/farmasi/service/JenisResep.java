package id.antreanonline.farmasi.service;

import java.util.Locale;

/** BPJS's prescription kinds for the pharmacy queue: "racikan" (compounded) or "non racikan". */
public final class JenisResep {

    public static final String RACIKAN = "racikan";
    public static final String NON_RACIKAN = "non racikan";
    public static final String TIDAK_ADA = "tidak ada";

    private JenisResep() {
    }

    /** Whatever the station typed ("Non Racikan", "non-racikan") as BPJS spells it; null, blank or "tidak ada" is none. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return switch (t) {
            case RACIKAN -> RACIKAN;
            case NON_RACIKAN, "nonracikan" -> NON_RACIKAN;
            case TIDAK_ADA -> null;
            default -> throw new IllegalArgumentException("jenisresep");
        };
    }
}
