package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.Staff.asAdmin;
import static id.antreanonline.gateway.rest.VClaimRequests.newCard;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.shared.Wib;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** VClaim referrals (rujukan): by number, from a hospital, of a member, every one of a member. */
@QuarkusTest
class VClaimRujukanApiTest {

    @Test
    void aMembersLatestReferralComesFromTheirOwnPrimaryCareProvider() {
        String card = newCard();
        JsonPath latest = asAdmin().get("/bpjs/vclaim/rujukan/peserta/" + card).then().statusCode(200)
                .body("rujukan.peserta.noKartu", equalTo(card))
                .body("rujukan.noKunjungan", not(emptyOrNullString()))
                .body("rujukan.tglKunjungan", not(emptyOrNullString()))
                .body("rujukan.diagnosa.kode", not(emptyOrNullString()))
                .body("rujukan.poliRujukan.kode", not(emptyOrNullString()))
                .extract().jsonPath();
        assertEquals(latest.getString("rujukan.peserta.provUmum.kdProvider"),
                latest.getString("rujukan.provPerujuk.kode"));
        VClaimCalls.assertSignedWithVClaimKey("/Rujukan/Peserta/" + card);
    }

    @Test
    void aReferralIsFoundByItsNumber() {
        String card = newCard();
        JsonPath latest = asAdmin().get("/bpjs/vclaim/rujukan/peserta/" + card).then().statusCode(200).extract()
                .jsonPath();
        String no = latest.getString("rujukan.noKunjungan");
        asAdmin().get("/bpjs/vclaim/rujukan/" + no).then().statusCode(200)
                .body("rujukan.noKunjungan", equalTo(no))
                .body("rujukan.peserta.noKartu", equalTo(card))
                .body("rujukan.tglKunjungan", equalTo(latest.getString("rujukan.tglKunjungan")))
                .body("rujukan.diagnosa.kode", equalTo(latest.getString("rujukan.diagnosa.kode")));
        VClaimCalls.assertSignedWithVClaimKey("/Rujukan/" + no);
    }

    @Test
    void everyReferralOfAMemberIsFoundByItsOwnNumber() {
        String card = newCard();
        JsonPath all = asAdmin().get("/bpjs/vclaim/rujukan/list/peserta/" + card).then().statusCode(200)
                .body("rujukan.peserta.noKartu", everyItem(equalTo(card))).extract().jsonPath();
        List<Map<String, Object>> referrals = all.getList("rujukan");
        assertFalse(referrals.isEmpty());
        List<String> numbers = all.getList("rujukan.noKunjungan", String.class);
        assertEquals(numbers.size(), new HashSet<>(numbers).size(), "each referral has its own number: " + numbers);
        for (int i = 0; i < numbers.size(); i++) {
            asAdmin().get("/bpjs/vclaim/rujukan/" + numbers.get(i)).then().statusCode(200)
                    .body("rujukan.noKunjungan", equalTo(numbers.get(i)))
                    .body("rujukan.peserta.noKartu", equalTo(card))
                    .body("rujukan.tglKunjungan", equalTo(all.getString("rujukan[" + i + "].tglKunjungan")));
        }
        VClaimCalls.assertSignedWithVClaimKey("/Rujukan/List/Peserta/" + card);
    }

    @Test
    void aHospitalReferralIsFoundByItsNumberWithTheReferringHospital() {
        // the simulator's hospital referral numbers: the referring hospital, MMyy, B, the card's last six digits
        String six = newCard().substring(7);
        String no = "0301R001" + LocalDate.now(Wib.ZONE).format(DateTimeFormatter.ofPattern("MMyy")) + "B" + six;
        asAdmin().get("/bpjs/vclaim/rujukan/rs/" + no).then().statusCode(200)
                .body("rujukan.provPerujuk.kode", equalTo("0301R001"))
                .body("rujukan.provPerujuk.nama", equalTo("RSUP DR M DJAMIL"))
                .body("rujukan.peserta.noKartu", equalTo("0001000" + six));
        VClaimCalls.assertSignedWithVClaimKey("/Rujukan/RS/" + no);
    }

    @Test
    void aMembersReferralsFromHospitalsAreListedAndEachFoundAsAHospitalReferral() {
        String card = newCard();
        JsonPath all = asAdmin().get("/bpjs/vclaim/rujukan/rs/list/peserta/" + card).then().statusCode(200)
                .body("rujukan.peserta.noKartu", everyItem(equalTo(card))).extract().jsonPath();
        List<String> numbers = all.getList("rujukan.noKunjungan", String.class);
        assertFalse(numbers.isEmpty());
        for (String no : numbers) {
            asAdmin().get("/bpjs/vclaim/rujukan/rs/" + no).then().statusCode(200)
                    .body("rujukan.noKunjungan", equalTo(no));
        }
        VClaimCalls.assertSignedWithVClaimKey("/Rujukan/RS/List/Peserta/" + card);
    }

    @Test
    void aPrimaryCareReferralIsNotFoundAsAHospitalReferral() {
        String no = asAdmin().get("/bpjs/vclaim/rujukan/peserta/" + newCard()).then().statusCode(200).extract()
                .path("rujukan.noKunjungan");
        asAdmin().get("/bpjs/vclaim/rujukan/rs/" + no).then().spec(VClaimCalls.refusedByBpjs("Data tidak ditemukan"));
    }

    @Test
    void anUnknownReferralNumberIsBpjsRefusalAs422() {
        asAdmin().get("/bpjs/vclaim/rujukan/NOSUCHREFERRAL").then()
                .spec(VClaimCalls.refusedByBpjs("Data tidak ditemukan"));
        VClaimCalls.assertSignedWithVClaimKey("/Rujukan/NOSUCHREFERRAL");
    }

    @Test
    void anUnknownCardHasNoReferrals() {
        asAdmin().get("/bpjs/vclaim/rujukan/peserta/0000000000000").then()
                .spec(VClaimCalls.refusedByBpjs("Data tidak ditemukan"));
        asAdmin().get("/bpjs/vclaim/rujukan/list/peserta/0000000000000").then()
                .spec(VClaimCalls.refusedByBpjs("Data tidak ditemukan"));
    }
}
