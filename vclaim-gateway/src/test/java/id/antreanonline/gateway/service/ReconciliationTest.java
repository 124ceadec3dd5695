package id.antreanonline.gateway.service;

import static id.antreanonline.gateway.Staff.asAdmin;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Simulator;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingSource;
import io.quarkus.test.junit.QuarkusTest;

/** BPJS lost task times the gateway had delivered: reconciliation finds them with getlisttask and sends them again. */
@QuarkusTest
class ReconciliationTest {

    @Test
    void tasksBpjsLacksAreSentAgainInOrder() {
        String kb = Flows.newKodebooking("REC");
        Simulator.registerMobileJkn(kb, false);
        long t3 = Flows.time(500);
        long t4 = Flows.time(505);
        long t5 = Flows.time(510);
        Flows.task(kb, BookingSource.MOBILE_JKN, 3, t3);
        Flows.task(kb, BookingSource.MOBILE_JKN, 4, t4);
        Flows.task(kb, BookingSource.MOBILE_JKN, 5, t5);
        await().atMost(Duration.ofSeconds(60)).until(() -> Simulator.tasks(kb).size() == 3);

        // BPJS loses what it had (its state is reset), the booking itself comes back from Mobile JKN
        given().post(Simulator.admin() + "/reset").then().statusCode(org.hamcrest.Matchers.lessThan(300));
        Simulator.registerMobileJkn(kb, false);
        assertEquals(List.of(), Simulator.tasks(kb));

        asAdmin().post("/bpjs/reconcile?tanggal=" + Simulator.today().format(Wib.DATE)).then().statusCode(200)
                .body("tanggal", equalTo(Simulator.today().format(Wib.DATE)))
                .body("resent.findAll { it.kodebooking == '" + kb + "' }.taskid", equalTo(List.of(3, 4, 5)));

        await().atMost(Duration.ofSeconds(60)).until(() -> Simulator.tasks(kb).size() == 3);
        assertEquals(List.of(3, 4, 5), Simulator.tasks(kb));
        assertEquals(List.of(t3, t4, t5), Simulator.tasksJson(kb).getList("waktu", Long.class));
    }

    @Test
    void aMalformedDateIsRefused() {
        asAdmin().post("/bpjs/reconcile?tanggal=22-11-2026").then().statusCode(400);
    }
}
