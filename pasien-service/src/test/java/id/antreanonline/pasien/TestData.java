package id.antreanonline.pasien;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import id.antreanonline.edge.WsrsTokens;
import id.antreanonline.edge.identity.Callers;
import id.antreanonline.testsupport.Credentials;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/** Patients and tokens for tests: every call gives a new identity, so tests never see each other's data. */
public final class TestData {

    public static final String WSRS_USER = "mobilejkn";

    private TestData() {
    }

    /** The seed's example patient, with a fresh 13-digit card number and 16-digit NIK. */
    public static Map<String, Object> newPatient() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("nomorkartu", "000" + digits(10));
        p.put("nik", "32" + digits(14));
        p.put("nomorkk", "32" + digits(14));
        p.put("nama", "sumarsono");
        p.put("jeniskelamin", "L");
        p.put("tanggallahir", "1985-03-01");
        p.put("nohp", "085635228888");
        p.put("alamat", "alamat yang muncul merupakan alamat lengkap");
        p.put("kodeprop", "11");
        p.put("namaprop", "Jawa Barat");
        p.put("kodedati2", "0120");
        p.put("namadati2", "Kab. Bandung");
        p.put("kodekec", "1319");
        p.put("namakec", "Soreang");
        p.put("kodekel", "D2105");
        p.put("namakel", "Cingcin");
        p.put("rw", "001");
        p.put("rt", "013");
        return p;
    }

    public static String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }

    /** What antrean-service's GET /wsrs/token would give this username. */
    public static String wsrsToken(String username) {
        return Jwt.upn(username).groups(WsrsTokens.GROUP).issuer(WsrsTokens.ISSUER).sign();
    }

    public static String expiredWsrsToken(String username) {
        Instant past = Instant.now().minusSeconds(7200);
        return Jwt.upn(username).groups(WsrsTokens.GROUP).issuer(WsrsTokens.ISSUER)
                .issuedAt(past).expiresAt(past.plusSeconds(60)).sign();
    }

    /** Well formed, but signed with a key antrean-service never had. */
    public static String forgedWsrsToken(String username) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.upn(username).groups(WsrsTokens.GROUP).issuer(WsrsTokens.ISSUER)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What antrean-service's POST /api/auth/login would give a staff member with these roles. */
    public static String staffToken(String... roles) {
        return Jwt.upn("staf-" + digits(4)).groups(java.util.Set.of(roles)).issuer(WsrsTokens.ISSUER).sign();
    }

    /** A request as antrean-service makes it to the internal look-up: with its service credential. */
    public static RequestSpecification asAntreanService() {
        return RestAssured.given().header("Authorization",
                Credentials.service(Callers.ANTREAN_SERVICE, Callers.PASIEN_SERVICE));
    }

    /** A request as farmasi-task-service makes it for a board's initials: with its service credential. */
    public static RequestSpecification asFarmasiService() {
        return RestAssured.given().header("Authorization",
                Credentials.service(Callers.FARMASI_TASK_SERVICE, Callers.PASIEN_SERVICE));
    }
}
