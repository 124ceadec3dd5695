package id.antreanonline.pasien;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PatientTest {

    private static String initialsOf(String nama) {
        Patient p = new Patient();
        p.nama = nama;
        return p.initials();
    }

    @Test
    void initialsTakeAtMostThreeWords() {
        assertEquals("S.N.B.", initialsOf("Siti Nurhaliza binti Ahmad"));
        assertEquals("B.", initialsOf("  budi "));
    }

    @Test
    void aRecordWithoutANameHasNoInitials() {
        assertNull(initialsOf(null));
        assertNull(initialsOf(" 123 "));
    }
}
