package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.Staff.asAdmin;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** VClaim references through the gateway (provinces are in {@link VClaimApiTest}): found by keyword, or refused. */
@QuarkusTest
class VClaimReferensiApiTest {

    @Test
    void diagnosesAreFoundByCodeOrName() {
        asAdmin().get("/bpjs/vclaim/referensi/diagnosa/hypertension").then().statusCode(200)
                .body("diagnosa.kode", equalTo(List.of("I10")))
                .body("diagnosa[0].nama", equalTo("I10 - Essential (primary) hypertension"));
        asAdmin().get("/bpjs/vclaim/referensi/diagnosa/E1").then().statusCode(200)
                .body("diagnosa.kode", hasItem("E11"));
        VClaimCalls.assertSignedWithVClaimKey("/referensi/diagnosa/hypertension");
    }

    @Test
    void anUnknownDiagnosisIsBpjsRefusal() {
        asAdmin().get("/bpjs/vclaim/referensi/diagnosa/zzzz").then()
                .spec(VClaimCalls.refusedByBpjs("Data tidak ditemukan"));
    }

    @Test
    void proceduresComeAsABareArray() {
        asAdmin().get("/bpjs/vclaim/referensi/procedure/cataract").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].kode", equalTo("13.41"))
                .body("[0].nama", equalTo("13.41 - Phacoemulsification and aspiration of cataract"));
        VClaimCalls.assertSignedWithVClaimKey("/referensi/procedure/cataract");
    }

    @Test
    void anUnknownProcedureIsBpjsRefusal() {
        asAdmin().get("/bpjs/vclaim/referensi/procedure/zzzz").then()
                .spec(VClaimCalls.refusedByBpjs("Data tidak ditemukan"));
    }

    @Test
    void poliAreTheHospitalsHfisPoli() {
        asAdmin().get("/bpjs/vclaim/referensi/poli/anak").then().statusCode(200)
                .body("poli.kode", equalTo(List.of("ANA")));
        VClaimCalls.assertSignedWithVClaimKey("/referensi/poli/anak");
    }

    @Test
    void regenciesAndDistrictsAreBareArraysWithinTheirParent() {
        asAdmin().get("/bpjs/vclaim/referensi/kabupaten/propinsi/31").then().statusCode(200)
                .body("$", not(empty()))
                .body("$", everyItem(hasKey("nama")))
                .body("kode", everyItem(startsWith("31")));
        asAdmin().get("/bpjs/vclaim/referensi/kecamatan/kabupaten/3171").then().statusCode(200)
                .body("$", not(empty()))
                .body("$", everyItem(hasKey("nama")))
                .body("kode", everyItem(startsWith("3171")));
        VClaimCalls.assertSignedWithVClaimKey("/referensi/kabupaten/propinsi/31");
        VClaimCalls.assertSignedWithVClaimKey("/referensi/kecamatan/kabupaten/3171");
    }
}
