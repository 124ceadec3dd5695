package id.antreanonline.pasien.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.pasien.TestData;
import id.antreanonline.testsupport.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The SIMRS's incremental sync, one patient by its norm, and the numbers pasienbaru gives after imports. */
@QuarkusTest
class PatientSyncTest {

    private static RequestSpecification simrs() {
        return given().auth().oauth2(TestData.staffToken("admin")).contentType("application/json");
    }

    private static Map<String, Object> patient(String nik) {
        return Map.of("nik", nik, "nomorkartu", "000" + TestData.digits(10), "nama", "Siti Aminah",
                "jeniskelamin", "P", "tanggallahir", "1975-08-17", "nohp", "081311112222", "alamat", "Jl. Melati 2");
    }

    @Test
    void aPatientIsCreatedThenUpdatedThenLeftAsItIs() throws SQLException {
        String norm = "Y" + TestData.digits(8);
        Map<String, Object> p = patient("37" + TestData.digits(14));
        simrs().body(p).when().put("/api/pasien/sinkron/" + norm)
                .then().statusCode(201).body("outcome", equalTo("created")).body("norm", equalTo(norm));
        simrs().body(p).when().put("/api/pasien/sinkron/" + norm)
                .then().statusCode(200).body("outcome", equalTo("unchanged"));
        Map<String, Object> moved = new java.util.HashMap<>(p);
        moved.put("alamat", "Jl. Kenanga 9");
        simrs().body(moved).when().put("/api/pasien/sinkron/" + norm)
                .then().statusCode(200).body("outcome", equalTo("updated"));
        assertEquals("REGISTERED,UPDATED", events(norm));
        TestData.asAntreanService().queryParam("norm", norm).when().get("/internal/pasien")
                .then().statusCode(200).body("complete", equalTo(true));
    }

    @Test
    void theSameNikUnderAnotherNormIsRefusedNotMerged() throws SQLException {
        String first = "Y" + TestData.digits(8);
        String second = "Y" + TestData.digits(8);
        Map<String, Object> p = patient("37" + TestData.digits(14));
        simrs().body(p).when().put("/api/pasien/sinkron/" + first).then().statusCode(201);
        Map<String, Object> twin = new java.util.HashMap<>(patient((String) p.get("nik")));
        simrs().body(twin).when().put("/api/pasien/sinkron/" + second)
                .then().statusCode(409).body("message", equalTo("NIK sudah tercatat pada norm " + first));
        TestData.asAntreanService().queryParam("norm", second).when().get("/internal/pasien").then().statusCode(404);
        assertEquals("REGISTERED", events(first));
        assertEquals("", events(second));
    }

    @Test
    void aPatientBreakingARuleIsRefusedWithTheRule() {
        Map<String, Object> p = new java.util.HashMap<>(patient("37" + TestData.digits(14)));
        p.put("tanggallahir", "17-08-1975");
        simrs().body(p).when().put("/api/pasien/sinkron/Y" + TestData.digits(8))
                .then().statusCode(400)
                .body("message", equalTo("Format Tanggal Lahir Tidak Sesuai, format yang benar adalah yyyy-mm-dd"));
    }

    @Test
    void pasienBaruNumbersContinueAfterTheHighestImportedNumber() throws SQLException {
        long next = nextSequenceValue();
        String imported = String.format("%06d", next + 500);
        simrs().body(patient("37" + TestData.digits(14))).when().put("/api/pasien/sinkron/" + imported)
                .then().statusCode(201);
        String norm = PasienBaruTest.register(TestData.newPatient());
        assertTrue(Long.parseLong(norm) > next + 500, norm + " comes after " + imported);
    }

    @Test
    void pasienBaruSkipsANumberAnotherRecordHolds() throws SQLException {
        long next = nextSequenceValue();
        String taken = String.format("%06d", next);
        try (Connection c = PostgresTestResource.connect("pasien"); PreparedStatement insert = c.prepareStatement(
                "insert into patient (norm, nik, nama, jeniskelamin, tanggallahir, complete, created_at, updated_at) "
                        + "values (?, ?, 'Tanpa Urutan', 'L', date '1990-01-01', true, now(), now())")) {
            insert.setString(1, taken);
            insert.setString(2, "38" + TestData.digits(14));
            insert.executeUpdate();
        }
        String norm = PasienBaruTest.register(TestData.newPatient());
        assertTrue(Long.parseLong(norm) > next, norm + " is not " + taken);
    }

    /** What nextval would give now (the sequence is not moved). */
    private static long nextSequenceValue() throws SQLException {
        try (Connection c = PostgresTestResource.connect("pasien");
                ResultSet r = c.createStatement().executeQuery(
                        "select case when is_called then last_value + 1 else last_value end from norm_seq")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String events(String norm) throws SQLException {
        try (Connection c = PostgresTestResource.connect("pasien"); PreparedStatement s = c.prepareStatement(
                "select string_agg(substring(payload from '\"kind\":\"([A-Z]+)\"'), ',' order by id) from outbox "
                        + "where record_key = ?")) {
            s.setString(1, norm);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1) == null ? "" : r.getString(1);
            }
        }
    }
}
