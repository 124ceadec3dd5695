package id.antreanonline.farmasi.rest;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.kodebooking;
import static id.antreanonline.farmasi.Fixtures.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The patient's ticket from antrean's booking (a stand-in answering as antrean-service does): what it shows, a QR code
 * that reads back as the kodebooking, a PDF at both roll widths, and who may have it.
 */
@QuarkusTest
class TiketResourceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");

    private static String booking(String status) {
        String kb = kodebooking();
        FakeAntreanAuth.BOOKINGS.put(kb, """
                {"kodebooking":"%s","jenispasien":"JKN","nomorantrean":"ANA-12","angkaantrean":12,
                 "kodepoli":"ANA","namapoli":"Poli Anak","kodedokter":"301","namadokter":"dr. Uji, Sp.A",
                 "tanggalperiksa":"2026-01-05","jampraktek":"08:00-12:00","estimasidilayani":%d,"status":"%s"}"""
                .formatted(kb, at(MONDAY, "08:30"), status));
        return kb;
    }

    @Test
    void theTicketShowsTheHospitalNumberPoliDoctorEstimateDateAndQrCode() {
        String kb = booking("ACTIVE");
        for (String role : new String[] { "kiosk", "admisi", "admin" }) {
            given().auth().oauth2(token(role)).get("/api/tiket/{kb}", kb).then().statusCode(200)
                    .body("rumahSakit", equalTo("RSUD Uji Coba"))
                    .body("kodebooking", equalTo(kb))
                    .body("nomorantrean", equalTo("ANA-12"))
                    .body("namapoli", equalTo("Poli Anak"))
                    .body("namadokter", equalTo("dr. Uji, Sp.A"))
                    .body("jampraktek", equalTo("08:00-12:00"))
                    .body("estimasi", equalTo("08:30"))
                    .body("tanggalperiksa", equalTo("2026-01-05"))
                    .body("tanggal", equalTo("Senin, 5 Januari 2026"))
                    .body("qrSvg", startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        }
    }

    @Test
    void theQrCodeReadsBackAsTheKodebooking() throws Exception {
        String kb = booking("ACTIVE");
        String svg = given().auth().oauth2(token("kiosk")).get("/api/tiket/{kb}/qr.svg", kb).then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).extract().asString();
        assertEquals(kb, decode(svg));
    }

    @Test
    void thePdfCarriesTheNumberAndTheKodebookingOnAPageAsWideAsTheRoll() throws Exception {
        String kb = booking("ACTIVE");
        for (int lebar : new int[] { 58, 80 }) {
            byte[] pdf = given().auth().oauth2(token("admisi")).queryParam("lebar", lebar)
                    .get("/api/tiket/{kb}.pdf", kb).then().statusCode(200).contentType(startsWith("application/pdf"))
                    .header("Content-Disposition", containsString("tiket-" + kb + ".pdf"))
                    .extract().asByteArray();
            PdfReader reader = new PdfReader(pdf);
            try {
                assertEquals(1, reader.getNumberOfPages());
                assertEquals(lebar * 72 / 25.4, reader.getPageSize(1).getWidth(), 0.5);
                String text = new PdfTextExtractor(reader).getTextFromPage(1);
                for (String shown : new String[] { "RSUD Uji Coba", "ANA-12", "Poli Anak", kb, "08:30" }) {
                    assertTrue(text.contains(shown), lebar + " mm lacks " + shown + ": " + text);
                }
            } finally {
                reader.close();
            }
        }
        given().auth().oauth2(token("admisi")).queryParam("lebar", 100).get("/api/tiket/{kb}.pdf", kb).then()
                .statusCode(400).body("message", equalTo("lebar harus 58 atau 80 (mm)"));
    }

    @Test
    void thePoliAndThePharmacyGetNoTicketAndNoOneWithoutAToken() {
        String kb = booking("ACTIVE");
        for (String path : new String[] { "/api/tiket/{kb}", "/api/tiket/{kb}/qr.svg", "/api/tiket/{kb}.pdf" }) {
            for (String role : new String[] { "poli", "farmasi" }) {
                given().auth().oauth2(token(role)).get(path, kb).then().statusCode(403);
            }
            given().get(path, kb).then().statusCode(401);
        }
    }

    @Test
    void anUnknownBookingIsNotFoundAndACancelledOneGetsNoTicket() {
        given().auth().oauth2(token("kiosk")).get("/api/tiket/{kb}", "TIDAKADA123").then().statusCode(404)
                .body("message", equalTo("Booking TIDAKADA123 tidak ditemukan di antrean"));
        given().auth().oauth2(token("admisi")).get("/api/tiket/{kb}.pdf", "TIDAKADA123").then().statusCode(404);
        String cancelled = booking("CANCELLED");
        given().auth().oauth2(token("kiosk")).get("/api/tiket/{kb}", cancelled).then().statusCode(409)
                .body("message", containsString("sudah dibatalkan"));
    }

    /** Draws the SVG's modules four pixels each and reads them with ZXing, a decoder other than our encoder. */
    private static String decode(String svg) throws Exception {
        int size = Integer.parseInt(svg.replaceFirst("(?s).*viewBox=\"0 0 (\\d+) \\d+\".*", "$1"));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher m = MODULE.matcher(svg);
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xFF000000;
                }
            }
        }
        RGBLuminanceSource image = new RGBLuminanceSource(size * scale, size * scale, pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(image)),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
