package id.antreanonline.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.MultiMap;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void aPageIsSentWithThePolicyNosniffAndNoCache() {
        given().get("/halaman/").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", is(SecurityHeaders.PAGE_POLICY))
                .header("X-Content-Type-Options", is("nosniff"))
                .header("Cache-Control", is("no-cache"));
    }

    @Test
    void aRevalidatedPageStaysNoCache() {
        String lastModified = given().get("/halaman/index.html").then().statusCode(200).extract()
                .header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get("/halaman/index.html").then().statusCode(304)
                .header("Cache-Control", is("no-cache"))
                .header("Content-Security-Policy", is(SecurityHeaders.PAGE_POLICY));
    }

    @Test
    void jsonAnswersAndRefusalsAreNosniff() {
        given().get("/api/gema/ANA").then().statusCode(200).contentType("application/json")
                .header("X-Content-Type-Options", is("nosniff")).header("Content-Security-Policy", nullValue());
        given().urlEncodingEnabled(false).get("/api/gema/%00").then().statusCode(400)
                .header("X-Content-Type-Options", is("nosniff"));
        given().get("/api/tidak-ada").then().statusCode(404).header("X-Content-Type-Options", is("nosniff"));
    }

    @Test
    void quarkusToolPagesMayRunTheirInlineScriptsButNotBeFramed() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().set("Content-Type", "text/html;charset=UTF-8");
        SecurityHeaders.add("/q/swagger-ui/index.html", 200, headers);
        assertEquals(SecurityHeaders.TOOL_POLICY, headers.get("Content-Security-Policy"));
        assertEquals(true, SecurityHeaders.TOOL_POLICY.contains("frame-ancestors 'none'"));
        assertEquals("no-cache", headers.get("Cache-Control"));
    }

    @Test
    void onlyTheTicketMayBeFramedAndOnlyByAPageOfItsOwnOrigin() {
        MultiMap ticket = MultiMap.caseInsensitiveMultiMap().set("Content-Type", "text/html;charset=UTF-8");
        SecurityHeaders.add("/tiket/", 200, ticket);
        assertEquals(SecurityHeaders.PAGE_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
                ticket.get("Content-Security-Policy"));
        MultiMap console = MultiMap.caseInsensitiveMultiMap().set("Content-Type", "text/html;charset=UTF-8");
        SecurityHeaders.add("/stasiun/tiket/", 200, console);
        assertEquals(SecurityHeaders.PAGE_POLICY, console.get("Content-Security-Policy"));
    }
}
