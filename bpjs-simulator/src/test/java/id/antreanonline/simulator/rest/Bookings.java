package id.antreanonline.simulator.rest;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import id.antreanonline.shared.Wib;
import io.restassured.path.json.JsonPath;

/** Bookings and task times for tests, on today's date in WIB. */
final class Bookings {

    private Bookings() {
    }

    static LocalDate today() {
        return LocalDate.now(Wib.ZONE);
    }

    /** Epoch ms of today at hh:mm WIB. */
    static long at(int hour, int minute) {
        return ZonedDateTime.of(today().atTime(hour, minute), Wib.ZONE).toInstant().toEpochMilli();
    }

    static String newKodebooking() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }

    /** An onsite booking valid against hfis-test.json: poli ANA, doctor 33690, 08:00-12:00, every day. */
    static Map<String, Object> onsiteBooking(String kodebooking, int pasienbaru) {
        Map<String, Object> b = new HashMap<>();
        b.put("kodebooking", kodebooking);
        b.put("jenispasien", "JKN");
        b.put("nomorkartu", "0001234567890");
        b.put("nik", "3212345678987654");
        b.put("nohp", "085635228888");
        b.put("kodepoli", "ANA");
        b.put("namapoli", "Anak");
        b.put("pasienbaru", pasienbaru);
        b.put("norm", "123345");
        b.put("tanggalperiksa", today().format(Wib.DATE));
        b.put("kodedokter", 33690);
        b.put("namadokter", "dr. OKTORA");
        b.put("jampraktek", "08:00-12:00");
        b.put("jeniskunjungan", 1);
        b.put("nomorreferensi", "0001R0040116A000001");
        b.put("nomorantrean", "A-12");
        b.put("angkaantrean", 12);
        b.put("estimasidilayani", at(9, 0));
        b.put("sisakuotajkn", 5);
        b.put("kuotajkn", 30);
        b.put("sisakuotanonjkn", 5);
        b.put("kuotanonjkn", 30);
        b.put("keterangan", "Peserta harap 30 menit lebih awal guna pencatatan administrasi.");
        return b;
    }

    /** Registers a Mobile JKN booking through the admin API and answers its kodebooking. */
    static String mobileJknBooking(boolean newPatient) {
        String kodebooking = newKodebooking();
        given().contentType("application/json").body(onsiteBooking(kodebooking, newPatient ? 1 : 0))
                .post("/admin/bookings").then().statusCode(201);
        return kodebooking;
    }

    static JsonPath updateWaktu(String kodebooking, Object taskid, Object waktu) {
        return Signed.antrean().request()
                .body(Map.of("kodebooking", kodebooking, "taskid", taskid, "waktu", waktu))
                .post("/antreanrs/antrean/updatewaktu")
                .then().statusCode(200).extract().jsonPath();
    }
}
