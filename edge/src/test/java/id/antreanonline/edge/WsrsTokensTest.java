package id.antreanonline.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class WsrsTokensTest {

    private static final String BODY = "{\"kodebooking\":\"KB1\"}";

    private static ValidatableResponse post(String username, String token) {
        var request = given().contentType("application/json").body(BODY);
        if (username != null) {
            request.header(WsrsTokens.HEADER_USERNAME, username);
        }
        if (token != null) {
            request.header(WsrsTokens.HEADER_TOKEN, token);
        }
        return request.post("/wsrs/baca").then().statusCode(200);
    }

    private static void refused(String username, String token, String message) {
        post(username, token).body("metadata.code", is(201)).body("metadata.message", is(message))
                .body("response", is((Object) null));
    }

    @Test
    void aGoodTokenForItsUsernameOpensTheWsrs() {
        post(Tokens.USER, Tokens.good()).body("metadata.code", is(200)).body("response.kodebooking", is("KB1"));
    }

    @Test
    void aTokenKnownFromAnEarlierCallStillOpensOnlyForItsOwnUsername() {
        String token = Tokens.good();
        post(Tokens.USER, token).body("metadata.code", is(200));
        post(Tokens.USER, token).body("metadata.code", is(200));
        refused("orang-lain", token, WsrsMessages.USERNAME_MISMATCH);
        refused(null, token, WsrsMessages.USERNAME_MISMATCH);
    }

    @Test
    void aMissingTokenIsRefused() {
        refused(Tokens.USER, null, WsrsMessages.TOKEN_EXPIRED);
        refused(Tokens.USER, " ", WsrsMessages.TOKEN_EXPIRED);
        refused(null, null, WsrsMessages.TOKEN_EXPIRED);
    }

    @Test
    void aForgedExpiredOrMalformedTokenGetsOneAnswer() throws Exception {
        refused(Tokens.USER, Tokens.forged(), WsrsMessages.TOKEN_EXPIRED);
        refused(Tokens.USER, Tokens.expired(), WsrsMessages.TOKEN_EXPIRED);
        refused(Tokens.USER, "bukan.sebuah.token", WsrsMessages.TOKEN_EXPIRED);
    }

    @Test
    void aTokenUsedWithAnotherUsernameIsRefused() {
        refused("orang-lain", Tokens.good(), WsrsMessages.USERNAME_MISMATCH);
        refused(null, Tokens.good(), WsrsMessages.USERNAME_MISMATCH);
    }

    @Test
    void aStaffTokenIsNotAWsrsToken() {
        refused("admin", Tokens.staff(), WsrsMessages.TOKEN_EXPIRED);
    }

    @Test
    void theTokenIsCheckedBeforeTheBodyIsRead() {
        given().contentType("application/json").body("{bukan json").post("/wsrs/baca").then().statusCode(200)
                .body("metadata.message", is(WsrsMessages.TOKEN_EXPIRED));
    }

    @Test
    void staffPathsAreNotAskedForAWsrsToken() {
        given().contentType("application/json").body(BODY).post("/api/baca").then().statusCode(200)
                .body("kodebooking", is("KB1"));
    }
}
