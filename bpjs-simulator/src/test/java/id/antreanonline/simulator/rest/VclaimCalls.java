package id.antreanonline.simulator.rest;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.antreanonline.shared.Wib;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Signed VClaim calls as the gateway makes them (JSON sent as form-urlencoded), their answers decrypted. */
final class VclaimCalls {

    static final String FORM = "Application/x-www-form-urlencoded";
    static final String TODAY = LocalDate.now(Wib.ZONE).format(Wib.DATE);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong NEXT_CARD = new AtomicLong(System.nanoTime() % 1_000_000L * 100);

    private VclaimCalls() {
    }

    /** The call's decrypted response, after checking the clear metaData code. */
    static JsonPath call(String method, String path, String body, String expectedCode) {
        Signed signed = Signed.vclaim();
        Response response = send(signed, method, path, body);
        response.then().statusCode(200).body("metaData.code", equalTo(expectedCode));
        String encrypted = response.path("response");
        return encrypted == null ? null : new JsonPath(signed.decrypt(encrypted));
    }

    /** BPJS's message of a call it refuses (code 201). */
    static String refusal(String method, String path, String body) {
        Response response = send(Signed.vclaim(), method, path, body);
        response.then().statusCode(200).body("metaData.code", equalTo("201"));
        return response.path("metaData.message");
    }

    private static Response send(Signed signed, String method, String path, String body) {
        var request = signed.request().contentType(FORM);
        if (body != null) {
            request.body(body);
        }
        return request.request(method, "/vclaim-rest" + path);
    }

    /** An active member's card nobody else used (cards ending in 00 are inactive), so tests share no SEP. */
    static String newCard() {
        long n;
        do {
            n = NEXT_CARD.incrementAndGet() % 1_000_000_000L;
        } while (n % 100 == 0);
        return String.format("0003%09d", n);
    }

    /**
     * A SEP 2.0 insert (seed vclaim-sep-insert-2.0.txt) for an outpatient visit at poli INT today, on the referral
     * named, diagnosis I10, DPJP 21045; change it through {@code at(...)} before sending.
     */
    static ObjectNode outpatientSep(String noKartu, String noRujukan) {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"request":{"t_sep":{"noKartu":"%s","tglSep":"%s","ppkPelayanan":"0301R011","jnsPelayanan":"2",
                    "klsRawat":{"klsRawatHak":"2","klsRawatNaik":"","pembiayaan":"","penanggungJawab":""},
                    "noMR":"MR9835","rujukan":{"asalRujukan":"1","tglRujukan":"%s","noRujukan":"%s",
                    "ppkRujukan":"0301U001"},"catatan":"testinsert RJ","diagAwal":"I10","poli":{"tujuan":"INT",
                    "eksekutif":"0"},"cob":{"cob":"0"},"katarak":{"katarak":"0"},"jaminan":{"lakaLantas":"0","noLP":"",
                    "penjamin":{"tglKejadian":"","keterangan":"","suplesi":{"suplesi":"0","noSepSuplesi":"",
                    "lokasiLaka":{"kdPropinsi":"","kdKabupaten":"","kdKecamatan":""}}}},"tujuanKunj":"0",
                    "flagProcedure":"","kdPenunjang":"","assesmentPel":"","skdp":{"noSurat":"","kodeDPJP":"21045"},
                    "dpjpLayan":"21045","noTelp":"081111111101","user":"Coba Ws"}}}
                    """.formatted(noKartu, TODAY, TODAY, noRujukan));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The object at a path of the request's t_sep ("" for t_sep itself, "/jaminan/penjamin" ...), to change. */
    static ObjectNode at(ObjectNode sep, String path) {
        return sep.withObject("/request/t_sep" + path);
    }

    /** The number of the member's first referral from primary care, as Rujukan/Peserta shows it. */
    static String referralOf(String noKartu) {
        return call("GET", "/Rujukan/Peserta/" + noKartu, null, "200").getString("rujukan.noKunjungan");
    }

    /** Issues the SEP and gives its number. */
    static String issued(ObjectNode sep) {
        return call("POST", "/SEP/2.0/insert", sep.toString(), "200").getString("sep.noSep");
    }
}
