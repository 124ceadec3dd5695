package id.antreanonline.antrean.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;

/**
 * The login throttles over HTTP. The test profile trusts the loopback as a proxy, so each test names its own caller
 * in X-Forwarded-For and the other tests' counters stay apart.
 */
@QuarkusTest
class LoginThrottleTest {

    private static final String WRONG_LOGIN = "Username atau password salah";

    @TestHTTPResource("/api/auth/login")
    URL login;

    @Inject
    Pool pool;

    private final String caller = "198.51.100." + (1 + Integer.parseInt(Fixtures.digits(3)) % 254);
    private final String username = "tebak" + Fixtures.digits(8);

    private long wrongStaffLoginMillis() {
        long start = System.nanoTime();
        given().header("X-Forwarded-For", caller).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "salah")).post("/api/auth/login").then()
                .statusCode(401).body("message", is(WRONG_LOGIN));
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aWrongStaffPasswordAfterTheFreeAttemptsIsAnsweredLate() {
        for (int i = 0; i < 3; i++) {
            wrongStaffLoginMillis();
        }
        long millis = wrongStaffLoginMillis();
        assertTrue(millis >= 450, "the fourth wrong password came back after " + millis + " ms");
    }

    @Test
    void simultaneousWrongStaffLoginsWaitOneAfterAnother() {
        // one connection per login, as separate browsers would have (and no h2c upgrade left behind for other tests)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String body = "{\"username\":\"" + username + "\",\"password\":\"salah\"}";
        List<CompletableFuture<Long>> answers = IntStream.range(0, 7).mapToObj(i -> {
            long start = System.nanoTime();
            return client.sendAsync(HttpRequest.newBuilder(URI.create(login.toString()))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .header("X-Forwarded-For", caller).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> {
                        assertEquals(401, response.statusCode());
                        return (System.nanoTime() - start) / 1_000_000;
                    });
        }).toList();
        List<Long> millis = answers.stream().map(CompletableFuture::join).sorted().toList();

        // seven at once: three free, then 0.5 s, 1 s, 2 s and 4 s
        long delayed = millis.stream().filter(m -> m >= 450).count();
        assertTrue(delayed >= 4, "answers came after " + millis + " ms");
        assertTrue(millis.get(6) >= 3_500, "the seventh waited as the seventh: " + millis + " ms");
    }

    @Test
    void theCallerForwardedByATrustedProxyIsTheOneCounted() {
        given().header("X-Forwarded-For", "203.0.113.66, " + caller).header("x-username", username)
                .header("x-password", "salah").get("/wsrs/token").then().statusCode(200)
                .body("metadata.code", is(201)).body("metadata.message", is(WsrsMessages.WRONG_CREDENTIALS));

        List<String> counted = pool
                .preparedQuery("select address from credential_attempt where realm = 'wsrs' and kind = 'p' "
                        + "and username = $1")
                .execute(Tuple.of(username)).await().atMost(Duration.ofSeconds(10)).stream()
                .map(row -> row.getString("address")).toList();
        assertEquals(List.of(caller), counted);
    }
}
