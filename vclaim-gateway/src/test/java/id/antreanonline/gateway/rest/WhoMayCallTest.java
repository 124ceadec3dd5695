package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.rest.VClaimRequests.newCard;
import static id.antreanonline.gateway.rest.VClaimRequests.today;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.gateway.Staff;
import id.antreanonline.testsupport.Credentials;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The gateway's own rules: who may read from BPJS, who may write in the hospital's name, and the trail it leaves. */
@QuarkusTest
class WhoMayCallTest {

    private final List<String> audit = new CopyOnWriteArrayList<>();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            audit.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(StaffWrites.CATEGORY).addHandler(collector);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(StaffWrites.CATEGORY).removeHandler(collector);
    }

    @Test
    void aPoliAccountMayNotMakeASepAndNothingReachesBpjs() {
        String card = newCard();
        Staff.as("poli").contentType(ContentType.JSON).body(VClaimRequests.inpatientSep(card, today()))
                .post("/bpjs/vclaim/sep").then().statusCode(403);
        assertTrue(VClaimCalls.on("/SEP/2.0/insert", card).isEmpty(), "a refused SEP reached BPJS");
        assertTrue(audit.isEmpty(), () -> "a refused call was logged as asked: " + audit);
    }

    @Test
    void anAdmissionAccountMakesASepAndTheLogNamesWho() {
        String card = newCard();
        Staff.as("admisi").contentType(ContentType.JSON).body(VClaimRequests.inpatientSep(card, today()))
                .post("/bpjs/vclaim/sep").then().statusCode(200);
        await().until(() -> audit.contains("SEP insert asked by staff admisi-petugas: done"));
        assertTrue(audit.contains("SEP insert asked by staff admisi-petugas"), () -> audit.toString());
        assertTrue(audit.stream().noneMatch(line -> line.contains(card)), "the card number reached the log");
    }

    @Test
    void withoutACredentialNothingIsAnswered() {
        given().get("/bpjs/vclaim/peserta/nokartu/" + newCard() + "?tglSEP=" + today()).then().statusCode(401);
        given().get("/bpjs/deliveries").then().statusCode(401);
    }

    @Test
    void eachServiceReadsWhatItNeedsAndNothingElse() {
        String pasien = Credentials.service(Callers.PASIEN_SERVICE, Callers.VCLAIM_GATEWAY);
        String card = newCard();
        given().header("Authorization", pasien).get("/bpjs/vclaim/peserta/nokartu/" + card + "?tglSEP=" + today())
                .then().statusCode(200).body("noKartu", equalTo(card));
        given().header("Authorization", pasien).contentType(ContentType.JSON)
                .body(VClaimRequests.inpatientSep(newCard(), today())).post("/bpjs/vclaim/sep").then().statusCode(403);

        String antrean = Credentials.service(Callers.ANTREAN_SERVICE, Callers.VCLAIM_GATEWAY);
        given().header("Authorization", antrean).get("/bpjs/deliveries").then().statusCode(403);
        given().header("Authorization", antrean).post("/bpjs/reconcile?tanggal=" + today()).then().statusCode(403);
    }

    @Test
    void theOperatorConsolesDeliveryCallsAreForAdministratorsOnly() {
        for (String role : List.of("admisi", "poli", "farmasi")) {
            Staff.as(role).get("/bpjs/deliveries?tanggal=" + today()).then().statusCode(403);
            Staff.as(role).get("/bpjs/deliveries/backlog").then().statusCode(403);
            Staff.as(role).post("/bpjs/deliveries/replay?tanggal=" + today()).then().statusCode(403);
            Staff.as(role).post("/bpjs/deliveries/replay?id=1").then().statusCode(403);
            Staff.as(role).get("/bpjs/reconcile?tanggal=" + today()).then().statusCode(403);
            Staff.as(role).post("/bpjs/reconcile?tanggal=" + today()).then().statusCode(403);
            Staff.as(role).get("/api/dead-letters").then().statusCode(403);
        }
    }

    @Test
    void aReplayIsLoggedWithTheAdministratorWhoAskedForIt() {
        Staff.asAdmin().post("/bpjs/deliveries/987654321/replay").then().statusCode(404);
        await().until(() -> audit.contains(
                "replay of delivery 987654321 asked by staff admin-petugas: not done, NotFoundException"));
    }
}
