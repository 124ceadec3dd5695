package id.antreanonline.pasien;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import id.antreanonline.testsupport.PostgresTestResource;

/**
 * A SIMRS export as tests need it: {@code rows} patients of a run of their own (norms, NIKs and card numbers no
 * other test uses); every 100th line (i % 100 == 50) breaks a rule, every 200th (i % 200 == 120) repeats the NIK
 * (i % 400 == 120) or the card number (i % 400 == 320) of the line before it under a norm of its own: a conflict.
 */
public final class PatientFiles {

    public final String run = TestData.digits(6);
    public final byte[] csv;
    public final List<String> goodNorms = new ArrayList<>();
    public final int rows;

    public PatientFiles(int rows) {
        this.rows = rows;
        StringBuilder s = new StringBuilder("no_rm;nik;no_kartu;nama;jenis_kelamin;tgl_lahir;no_hp;alamat\r\n");
        for (int i = 1; i <= rows; i++) {
            String norm = norm(i);
            String nik = nik(i);
            String card = card(i);
            String birth = "19" + (50 + i % 50) + "-0" + (1 + i % 9) + "-1" + (i % 10);
            if (i % 100 == 50) {
                switch (i / 100 % 4) {
                    case 0 -> nik = nik.substring(1);
                    case 1 -> birth = "2999-01-01";
                    case 2 -> birth = "01-02-1990";
                    default -> card = "12345";
                }
            } else if (i % 200 == 120) {
                if (i % 400 == 120) {
                    nik = nik(i - 1);
                } else {
                    card = card(i - 1);
                }
            } else {
                goodNorms.add(norm);
            }
            s.append(norm).append(';').append(nik).append(';').append(card).append(";\"Pasien ").append(i)
                    .append(", S.Kom\";").append(i % 2 == 0 ? "L" : "Perempuan").append(';').append(birth)
                    .append(";0812").append(String.format("%08d", i)).append(";Jl. Mawar ").append(i).append("\r\n");
        }
        csv = s.toString().getBytes(StandardCharsets.UTF_8);
    }

    public String norm(int i) {
        return "S" + run + "-" + String.format("%06d", i);
    }

    public String nik(int i) {
        return "35" + run + String.format("%08d", i);
    }

    public String card(int i) {
        return "1" + run + String.format("%06d", i);
    }

    /** Where the line of row {@code row} ends, after its line break (the header is the line before row 1). */
    public int endOfRow(int row) {
        int at = -1;
        for (int lines = 0; lines <= row; lines++) {
            at = indexOf(csv, (byte) '\n', at + 1);
        }
        return at + 1;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("the file has fewer rows");
    }

    public int bad() {
        return rows / 100;
    }

    public int conflicts() {
        return rows / 200;
    }

    public String sha256() {
        return sha256(csv);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many records, and how many outbox events of a kind, the database holds for this run's norms. */
    public long[] recordsAndEvents(String kind) throws SQLException {
        try (Connection c = PostgresTestResource.connect("pasien");
                PreparedStatement records = c.prepareStatement("select count(*), count(distinct norm) from patient "
                        + "where norm like ?");
                PreparedStatement events = c.prepareStatement("select count(*) from outbox where record_key like ? "
                        + "and payload like ?")) {
            records.setString(1, "S" + run + "-%");
            events.setString(1, "S" + run + "-%");
            events.setString(2, "%\"kind\":\"" + kind + "\"%");
            try (ResultSet r = records.executeQuery(); ResultSet e = events.executeQuery()) {
                r.next();
                e.next();
                return new long[] { r.getLong(1), r.getLong(2), e.getLong(1) };
            }
        }
    }
}
