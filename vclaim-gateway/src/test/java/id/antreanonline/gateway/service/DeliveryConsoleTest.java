package id.antreanonline.gateway.service;

import static id.antreanonline.gateway.Staff.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Simulator;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the operator console does with deliveries: a day's backlog counted, parked ones replayed as a selection or a
 * whole day, and a reconciliation previewed (nothing sent) before it is run.
 */
@QuarkusTest
class DeliveryConsoleTest {

    private static final String TODAY = Simulator.today().format(Wib.DATE);

    private static long parkedId(String kb) {
        await().atMost(Duration.ofSeconds(30)).until(() -> asAdmin().queryParam("status", "PARKED")
                .queryParam("kodebooking", kb).get("/bpjs/deliveries").jsonPath().getList("$").size() == 1);
        return asAdmin().queryParam("status", "PARKED").queryParam("kodebooking", kb).queryParam("tanggal", TODAY)
                .get("/bpjs/deliveries").then().statusCode(200).extract().jsonPath().getLong("[0].id");
    }

    private static long taskCallsReceived(String kb) {
        return Simulator.received(kb).stream().filter(r -> String.valueOf(r.get("path")).endsWith("/updatewaktu"))
                .count();
    }

    @Test
    void aDaysParkedTasksAreCountedAndReplayedAsASelectionThenAsTheDay() {
        String first = Flows.newKodebooking("SEL");
        String second = Flows.newKodebooking("DAY");
        // BPJS does not know either booking yet: their task 3 is refused and parked
        Flows.task(first, BookingSource.MOBILE_JKN, 3, Flows.time(420));
        Flows.task(second, BookingSource.MOBILE_JKN, 3, Flows.time(421));
        long firstId = parkedId(first);
        parkedId(second);
        asAdmin().get("/bpjs/deliveries/backlog").then().statusCode(200)
                .body("tanggal", hasItem(TODAY))
                .body("find { it.tanggal == '" + TODAY + "' }.parked", greaterThanOrEqualTo(2));

        Simulator.registerMobileJkn(first, false);
        Simulator.registerMobileJkn(second, false);
        asAdmin().post("/bpjs/deliveries/replay?id=" + firstId).then().statusCode(200)
                .body("id", equalTo(List.of((int) firstId)));
        await().atMost(Duration.ofSeconds(30)).until(() -> Simulator.tasks(first).equals(List.of(3)));
        asAdmin().queryParam("kodebooking", second).get("/bpjs/deliveries").then().body("[0].status",
                equalTo("PARKED"));

        asAdmin().post("/bpjs/deliveries/replay?tanggal=" + TODAY).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> Simulator.tasks(second).equals(List.of(3)));
    }

    @Test
    void aReplayNamesExactlyOneOfBookingDayOrSelection() {
        asAdmin().post("/bpjs/deliveries/replay").then().statusCode(400);
        asAdmin().post("/bpjs/deliveries/replay?tanggal=" + TODAY + "&id=1").then().statusCode(400);
    }

    @Test
    void aReconciliationPreviewShowsWhatBpjsLacksAndSendsNothingUntilRun() {
        String kb = Flows.newKodebooking("PRV");
        Simulator.registerMobileJkn(kb, false);
        // BPJS answers 208 "already there" to the task and then does not hold it
        Simulator.answerCode("/antreanrs/antrean/updatewaktu", 208, 1);
        Flows.task(kb, BookingSource.MOBILE_JKN, 3, Flows.time(430));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(asAdmin().queryParam("kodebooking", kb)
                .get("/bpjs/deliveries").jsonPath().getString("[0].status")));
        assertEquals(List.of(), Simulator.tasks(kb));
        long sent = taskCallsReceived(kb);

        asAdmin().get("/bpjs/reconcile?tanggal=" + TODAY).then().statusCode(200)
                .body("missing.findAll { it.kodebooking == '" + kb + "' }.taskid", equalTo(List.of(3)))
                .body("missing.find { it.kodebooking == '" + kb + "' }.bpjsTasks", equalTo(List.of()))
                .body("resent", equalTo(List.of()));
        asAdmin().queryParam("kodebooking", kb).get("/bpjs/deliveries").then().body("[0].status", equalTo("DELIVERED"));
        assertEquals(sent, taskCallsReceived(kb));

        asAdmin().post("/bpjs/reconcile?tanggal=" + TODAY).then().statusCode(200)
                .body("resent.findAll { it.kodebooking == '" + kb + "' }.taskid", equalTo(List.of(3)));
        await().atMost(Duration.ofSeconds(30)).until(() -> Simulator.tasks(kb).equals(List.of(3)));
    }
}
