package id.antreanonline.pasien.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.pasien.TestData;
import id.antreanonline.shared.event.PatientEvent;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.shared.wsrs.WsrsMessages;
import id.antreanonline.testsupport.PostgresTestResource;
import id.antreanonline.testsupport.ServiceInfrastructureContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PasienBaruTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestHTTPResource("/wsrs/pasienbaru")
    URI pasienBaru;

    static String register(Map<String, Object> patient) {
        return given().contentType(ContentType.JSON)
                .header("x-username", TestData.WSRS_USER)
                .header("x-token", TestData.wsrsToken(TestData.WSRS_USER))
                .body(patient)
                .when().post("/wsrs/pasienbaru")
                .then().statusCode(200)
                .body("metadata.code", equalTo(200))
                .extract().path("response.norm");
    }

    @Test
    void aNewPatientGetsANormAndIsSentToAdmission() {
        given().contentType(ContentType.JSON)
                .header("x-username", TestData.WSRS_USER)
                .header("x-token", TestData.wsrsToken(TestData.WSRS_USER))
                .body(TestData.newPatient())
                .when().post("/wsrs/pasienbaru")
                .then().statusCode(200)
                .body("metadata.code", equalTo(200))
                .body("metadata.message", equalTo(WsrsMessages.NEW_PATIENT_GO_TO_ADMISSION))
                .body("response.norm", matchesPattern("\\d{6,}"));
    }

    @Test
    void theSameCardNumberGetsTheSameNorm() {
        Map<String, Object> patient = TestData.newPatient();
        String first = register(patient);
        Map<String, Object> again = TestData.newPatient();
        again.put("nomorkartu", patient.get("nomorkartu"));
        assertEquals(first, register(again));
    }

    @Test
    void theSameNikGetsTheSameNorm() {
        Map<String, Object> patient = TestData.newPatient();
        String first = register(patient);
        Map<String, Object> again = TestData.newPatient();
        again.put("nik", patient.get("nik"));
        assertEquals(first, register(again));
    }

    @Test
    void digitsSentAsNumbersAreAccepted() {
        Map<String, Object> patient = TestData.newPatient();
        String card = (String) patient.get("nomorkartu");
        patient.put("nomorkartu", new BigInteger(card));
        patient.put("nik", new BigInteger((String) patient.get("nik")));
        patient.put("nomorkk", new BigInteger((String) patient.get("nomorkk")));
        patient.put("nohp", new BigInteger("85635228888"));
        patient.put("rt", 13);
        String norm = register(patient);
        // the card's leading zeros, lost in the JSON number, are restored
        TestData.asAntreanService().queryParam("nomorkartu", card).when().get("/internal/pasien")
                .then().statusCode(200).body("norm", equalTo(norm));
    }

    @Test
    void theLookUpFindsThePatientRightAfterPasienBaru() {
        Map<String, Object> patient = TestData.newPatient();
        String norm = register(patient);
        for (String by : List.of("norm", "nomorkartu", "nik")) {
            Object value = by.equals("norm") ? norm : patient.get(by);
            TestData.asAntreanService().queryParam(by, value).when().get("/internal/pasien")
                    .then().statusCode(200)
                    .body("norm", equalTo(norm))
                    .body("complete", equalTo(false))
                    // a booking needs no more: the identity stays here
                    .body("$", not(hasKey("nomorkartu")))
                    .body("$", not(hasKey("nik")))
                    .body("$", not(hasKey("nama")))
                    .body("$", not(hasKey("nohp")));
        }
    }

    @Test
    void registrationIsPublishedAsAPatientEvent() {
        Map<String, Object> patient = TestData.newPatient();
        String norm = register(patient);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> records = ServiceInfrastructureContract.consume(Topics.PATIENTS, 1)
                    .stream().filter(r -> norm.equals(r.key())).toList();
            assertEquals(1, records.size());
            JsonNode event = MAPPER.readTree(records.get(0).value());
            assertEquals(PatientEvent.Kind.REGISTERED.name(), event.get("kind").asText());
            assertEquals(norm, event.get("norm").asText());
            assertEquals(patient.get("nik"), event.get("nik").asText());
            assertEquals(patient.get("nomorkartu"), event.get("nomorkartu").asText());
            assertFalse(event.get("complete").asBoolean());
            assertFalse(event.get("eventId").asText().isBlank());
            // name and phone stay in pasien-service
            assertFalse(event.has("nama"));
            assertFalse(event.has("nohp"));
            assertFalse(records.get(0).value().contains((String) patient.get("nohp")));
        });
    }

    @Test
    void twentySimultaneousRegistrationsOfOneNikOpenOneRecord() throws Exception {
        Map<String, Object> patient = TestData.newPatient();
        String nik = (String) patient.get("nik");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build(); // a connection per request: HTTP/2 caps streams at 100
        int n = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Map<String, Object> body = TestData.newPatient();
                body.put("nik", nik);
                String json = MAPPER.writeValueAsString(body);
                String token = TestData.wsrsToken(TestData.WSRS_USER);
                answers.add(pool.submit(() -> {
                    start.await();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(pasienBaru)
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .header("x-username", TestData.WSRS_USER)
                            .header("x-token", token)
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    JsonNode answer = MAPPER.readTree(r.body());
                    assertEquals(200, answer.path("metadata").path("code").asInt(), r.body());
                    return answer.path("response").path("norm").asText();
                }));
            }
            start.countDown();
            Set<String> norms = answers.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toSet());
            assertEquals(1, norms.size(), "every request gets the same norm: " + norms);
            try (Connection c = PostgresTestResource.connect("pasien");
                    PreparedStatement st = c.prepareStatement("select count(*), min(norm) from patient where nik = ?")) {
                st.setString(1, nik);
                try (ResultSet rs = st.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(1, rs.getInt(1));
                    assertEquals(norms.iterator().next(), rs.getString(2));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
