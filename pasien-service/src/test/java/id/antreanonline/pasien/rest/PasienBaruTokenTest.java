package id.antreanonline.pasien.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import id.antreanonline.pasien.TestData;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The x-token / x-username pair of contract section 3: every refusal is a 201 envelope with HTTP 200. */
@QuarkusTest
class PasienBaruTokenTest {

    private static RequestSpecification request() {
        return given().contentType(ContentType.JSON).body(TestData.newPatient());
    }

    private static void refusedWith(RequestSpecification request, String message) {
        request.when().post("/wsrs/pasienbaru")
                .then().statusCode(200)
                .body("metadata.code", equalTo(201))
                .body("metadata.message", equalTo(message));
    }

    @Test
    void aMissingTokenIsRefused() {
        refusedWith(request().header("x-username", TestData.WSRS_USER), WsrsMessages.TOKEN_EXPIRED);
    }

    @Test
    void missingHeadersAreRefused() {
        refusedWith(request(), WsrsMessages.TOKEN_EXPIRED);
    }

    @Test
    void aForgedTokenIsRefused() {
        refusedWith(request().header("x-username", TestData.WSRS_USER)
                .header("x-token", TestData.forgedWsrsToken(TestData.WSRS_USER)), WsrsMessages.TOKEN_EXPIRED);
    }

    @Test
    void anExpiredTokenIsRefused() {
        refusedWith(request().header("x-username", TestData.WSRS_USER)
                .header("x-token", TestData.expiredWsrsToken(TestData.WSRS_USER)), WsrsMessages.TOKEN_EXPIRED);
    }

    @Test
    void aTokenThatIsNotAJwtIsRefused() {
        refusedWith(request().header("x-username", TestData.WSRS_USER).header("x-token", "abc.def"),
                WsrsMessages.TOKEN_EXPIRED);
    }

    @Test
    void aTokenUsedWithAnotherUsernameIsRefused() {
        refusedWith(request().header("x-username", "someone-else")
                .header("x-token", TestData.wsrsToken(TestData.WSRS_USER)), WsrsMessages.USERNAME_MISMATCH);
    }

    @Test
    void aStaffTokenIsNotAWsrsToken() {
        refusedWith(request().header("x-username", TestData.WSRS_USER)
                .header("x-token", TestData.staffToken("admin")), WsrsMessages.TOKEN_EXPIRED);
    }
}
