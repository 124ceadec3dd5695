package id.antreanonline.antrean;

import java.util.Arrays;
import java.util.Optional;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Who pays for the visit (BPJS's {@code jenispasien}): a JKN member or anyone else. */
public enum PatientKind {
    JKN("JKN"),
    NON_JKN("NON JKN");

    private final String wire;

    PatientKind(String wire) {
        this.wire = wire;
    }

    /** As BPJS spells it, on the wire and in the {@code booking.jenispasien} column. */
    public String wire() {
        return wire;
    }

    public static Optional<PatientKind> ofWire(String text) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(text)).findFirst();
    }

    /** Keeps the column's text as it always was ({@code JKN} / {@code NON JKN}), so no migration is needed. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<PatientKind, String> {

        @Override
        public String convertToDatabaseColumn(PatientKind kind) {
            return kind == null ? null : kind.wire;
        }

        @Override
        public PatientKind convertToEntityAttribute(String text) {
            return text == null ? null
                    : ofWire(text).orElseThrow(() -> new IllegalStateException("unknown jenispasien in the database"));
        }
    }
}
