package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.rest.VClaimRequests.inactiveCard;
import static id.antreanonline.gateway.rest.VClaimRequests.newCard;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Staff;
import io.quarkus.test.junit.QuarkusTest;

/** The lobby kiosk's look-up of a JKN walk-in: active or not, the valid referrals, and nothing personal. */
@QuarkusTest
class KioskMemberApiTest {

    @Test
    void anActiveMemberByCardComesWithTheReferralsToChooseFromAndNothingPersonal() {
        String card = newCard();
        String answer = Staff.as("kiosk").queryParam("nomorkartu", card).get("/bpjs/anjungan/peserta").then()
                .statusCode(200).body("aktif", is(true)).body("status", equalTo("AKTIF"))
                .body("rujukan", hasSize(4)).body("rujukan.jeniskunjungan", everyItem(oneOf(1, 4)))
                .extract().asString();
        String nik = Staff.asAdmin().queryParam("tglSEP", VClaimRequests.today())
                .get("/bpjs/vclaim/peserta/nokartu/" + card).then().extract().path("nik");
        assertFalse(answer.contains(card.substring(4)) || answer.contains(nik), answer);
        Staff.as("kiosk").queryParam("nik", nik).get("/bpjs/anjungan/peserta").then().statusCode(200)
                .body("aktif", is(true)).body("rujukan", hasSize(4));
    }

    @Test
    void anInactiveMemberIsToldWhyWithoutReferrals() {
        Staff.as("kiosk").queryParam("nomorkartu", inactiveCard()).get("/bpjs/anjungan/peserta").then()
                .statusCode(200).body("aktif", is(false)).body("status", equalTo("TIDAK AKTIF KARENA PREMI"))
                .body("rujukan", hasSize(0));
    }

    @Test
    void anUnknownMemberIsBpjssRefusalAndBadInputIsRefusedHere() {
        Staff.as("kiosk").queryParam("nomorkartu", "0000000000000").get("/bpjs/anjungan/peserta").then()
                .statusCode(422).body("source", equalTo("BPJS"));
        Staff.as("kiosk").queryParam("nomorkartu", "123").get("/bpjs/anjungan/peserta").then().statusCode(400);
        Staff.as("kiosk").get("/bpjs/anjungan/peserta").then().statusCode(400);
    }

    @Test
    void aKioskReadsNoStaffMember() {
        Staff.as("kiosk").queryParam("tglSEP", VClaimRequests.today()).get("/bpjs/vclaim/peserta/nokartu/" + newCard())
                .then().statusCode(403);
        Staff.as("admisi").queryParam("nomorkartu", newCard()).get("/bpjs/anjungan/peserta").then().statusCode(403);
    }
}
