package id.antreanonline.pasien.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.pasien.TestData;
import id.antreanonline.shared.Wib;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** One test per rule of pasienbaru: each breach is a 201 with a message naming the field. */
@QuarkusTest
class PasienBaruValidationTest {

    private static void refused(Map<String, Object> body, String message) {
        given().contentType(ContentType.JSON)
                .header("x-username", TestData.WSRS_USER)
                .header("x-token", TestData.wsrsToken(TestData.WSRS_USER))
                .body(body)
                .when().post("/wsrs/pasienbaru")
                .then().statusCode(200)
                .body("metadata.code", equalTo(201))
                .body("metadata.message", equalTo(message))
                .body("response", nullValue());
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = TestData.newPatient();
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> without(String field) {
        Map<String, Object> body = TestData.newPatient();
        body.remove(field);
        return body;
    }

    @Test
    void cardNumberIsRequired() {
        refused(without("nomorkartu"), "Nomor Kartu Belum Diisi");
    }

    @Test
    void cardNumberMustHaveThirteenDigits() {
        refused(with("nomorkartu", "00012345678"), "Format Nomor Kartu Tidak Sesuai, harus 13 digit angka");
    }

    @Test
    void cardNumberMustBeDigits() {
        refused(with("nomorkartu", "00012345678AB"), "Format Nomor Kartu Tidak Sesuai, harus 13 digit angka");
    }

    @Test
    void nikIsRequired() {
        refused(with("nik", "  "), "NIK Belum Diisi");
    }

    @Test
    void nikMustHaveSixteenDigits() {
        refused(with("nik", "321234567898765"), "Format NIK Tidak Sesuai, harus 16 digit angka");
    }

    @Test
    void familyCardNumberMustHaveSixteenDigits() {
        refused(with("nomorkk", "32123456789876543"), "Format Nomor KK Tidak Sesuai, harus 16 digit angka");
    }

    @Test
    void familyCardNumberIsRequired() {
        refused(without("nomorkk"), "Nomor KK Belum Diisi");
    }

    @Test
    void nameIsRequired() {
        refused(with("nama", ""), "Nama Belum Diisi");
    }

    @Test
    void sexIsRequired() {
        refused(without("jeniskelamin"), "Jenis Kelamin Belum Dipilih");
    }

    @Test
    void sexMustBeLOrP() {
        refused(with("jeniskelamin", "X"), "Jenis Kelamin Tidak Sesuai, isi L atau P");
    }

    @Test
    void birthDateIsRequired() {
        refused(without("tanggallahir"), "Tanggal Lahir Belum Diisi");
    }

    @Test
    void birthDateMustBeYearMonthDay() {
        refused(with("tanggallahir", "01-03-1985"),
                "Format Tanggal Lahir Tidak Sesuai, format yang benar adalah yyyy-mm-dd");
    }

    @Test
    void birthDateMustBeARealDay() {
        refused(with("tanggallahir", "1985-02-30"),
                "Format Tanggal Lahir Tidak Sesuai, format yang benar adalah yyyy-mm-dd");
    }

    @Test
    void birthDateMustNotBeInTheFuture() {
        refused(with("tanggallahir", LocalDate.now(Wib.ZONE).plusDays(1).toString()),
                "Tanggal Lahir Tidak Boleh Melebihi Hari Ini");
    }

    @Test
    void phoneIsRequired() {
        refused(without("nohp"), "No HP Belum Diisi");
    }

    @Test
    void phoneMustBeDigits() {
        refused(with("nohp", "0856-3522-8888"), "Format No HP Tidak Sesuai, harus berupa angka (8 sampai 15 digit)");
    }

    @Test
    void addressIsRequired() {
        refused(without("alamat"), "Alamat Belum Diisi");
    }

    @Test
    void provinceCodeIsRequired() {
        refused(without("kodeprop"), "Kode Propinsi Belum Diisi");
    }

    @Test
    void provinceNameIsRequired() {
        refused(without("namaprop"), "Nama Propinsi Belum Diisi");
    }

    @Test
    void regencyCodeIsRequired() {
        refused(without("kodedati2"), "Kode Dati 2 Belum Diisi");
    }

    @Test
    void regencyNameIsRequired() {
        refused(without("namadati2"), "Nama Dati 2 Belum Diisi");
    }

    @Test
    void districtCodeIsRequired() {
        refused(without("kodekec"), "Kode Kecamatan Belum Diisi");
    }

    @Test
    void districtNameIsRequired() {
        refused(without("namakec"), "Nama Kecamatan Belum Diisi");
    }

    @Test
    void villageCodeIsRequired() {
        refused(without("kodekel"), "Kode Kelurahan Belum Diisi");
    }

    @Test
    void villageNameIsRequired() {
        refused(without("namakel"), "Nama Kelurahan Belum Diisi");
    }

    @Test
    void rukunWargaMustBeDigitsWhenGiven() {
        refused(with("rw", "satu"), "Format RW Tidak Sesuai, harus berupa angka");
    }

    @Test
    void aNameTooLongIsRefused() {
        refused(with("nama", "a".repeat(101)), "Nama Terlalu Panjang, maksimal 100 karakter");
    }

    @Test
    void aListWhereAValueBelongsIsRefusedByField() {
        refused(with("nik", java.util.List.of("3212345678987654")), "Format NIK Tidak Sesuai");
    }
}
