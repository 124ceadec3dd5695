package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.Staff.asAdmin;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import id.antreanonline.shared.Wib;
import io.restassured.http.ContentType;

/**
 * Members and request bodies for VClaim tests. Every test takes a card nobody else used (the simulator makes up a
 * member for any 13-digit card), so tests share no SEP and may run in any order, also against a long-lived simulator.
 */
final class VClaimRequests {

    private static final AtomicLong NEXT_CARD = new AtomicLong(System.currentTimeMillis() % 10_000_000L * 100);

    private VClaimRequests() {
    }

    /**
     * An active member's card. The simulator's cards ending in 00 are inactive; and it numbers a member's second
     * referral as the first referral of the card ending in 1, so no test card ends in 0 or 1.
     */
    static String newCard() {
        long n;
        do {
            n = NEXT_CARD.incrementAndGet() % 1_000_000_000L;
        } while (n % 10 < 2);
        return String.format("0002%09d", n);
    }

    /** A member whose premiums are unpaid: the simulator's cards ending in 00. */
    static String inactiveCard() {
        return newCard().substring(0, 11) + "00";
    }

    static String today() {
        return day(0);
    }

    /** Today (WIB) plus some days, as BPJS writes dates. */
    static String day(int plusDays) {
        return LocalDate.now(Wib.ZONE).plusDays(plusDays).format(Wib.DATE);
    }

    /** A SEP 2.0 insert for an inpatient stay (seed vclaim-sep-insert-2.0.txt), class 2, diagnosis I10. */
    static String inpatientSep(String card, String tglSep) {
        return sep(card, tglSep, "1", "", "", "");
    }

    /** A SEP 2.0 insert for an outpatient visit at a poli on a primary-care referral, diagnosis I10. */
    static String outpatientSep(String card, String tglSep, String poli, String noRujukan, String tglRujukan) {
        return sep(card, tglSep, "2", poli, noRujukan, tglRujukan);
    }

    private static String sep(String card, String tglSep, String jnsPelayanan, String poli, String noRujukan,
            String tglRujukan) {
        return """
                {"request":{"t_sep":{"noKartu":"%s","tglSep":"%s","ppkPelayanan":"0301R011","jnsPelayanan":"%s",
                "klsRawat":{"klsRawatHak":"2","klsRawatNaik":"","pembiayaan":"","penanggungJawab":""},
                "noMR":"MR%s","rujukan":{"asalRujukan":"1","tglRujukan":"%s","noRujukan":"%s","ppkRujukan":""},
                "catatan":"test gateway","diagAwal":"I10","poli":{"tujuan":"%s","eksekutif":"0"},"cob":{"cob":"0"},
                "katarak":{"katarak":"0"},"jaminan":{"lakaLantas":"0","noLP":"","penjamin":{"tglKejadian":"",
                "keterangan":"","suplesi":{"suplesi":"0","noSepSuplesi":"","lokasiLaka":{"kdPropinsi":"",
                "kdKabupaten":"","kdKecamatan":""}}}},"tujuanKunj":"0","flagProcedure":"","kdPenunjang":"",
                "assesmentPel":"","skdp":{"noSurat":"","kodeDPJP":"21045"},"dpjpLayan":"21045",
                "noTelp":"081111111101","user":"Coba Ws"}}}
                """.formatted(card, tglSep, jnsPelayanan, card.substring(7), tglRujukan, noRujukan, poli);
    }

    /** Creates an inpatient SEP through the gateway and gives its number. */
    static String insertedInpatientSep(String card, String tglSep) {
        return asAdmin().contentType(ContentType.JSON).body(inpatientSep(card, tglSep)).post("/bpjs/vclaim/sep")
                .then().statusCode(200).extract().path("sep.noSep");
    }
}
