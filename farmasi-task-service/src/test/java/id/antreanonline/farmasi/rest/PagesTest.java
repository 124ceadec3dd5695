package id.antreanonline.farmasi.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The station pages, displays and dashboard are sent with a Content-Security-Policy that allows this origin's own
 * files only, and the pages need nothing more: no inline script, style or event handler.
 */
@QuarkusTest
class PagesTest {

    private static final Path PAGES = Path.of("src/main/resources/META-INF/resources");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ELEMENT_OR_ATTRIBUTE = Pattern.compile("<style|\\sstyle\\s*=",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=\\s*[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> all = Files.walk(PAGES)) {
            return all.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static String urlOf(Path file) {
        return "/" + PAGES.relativize(file).toString().replace('\\', '/');
    }

    @Test
    void everyPageIsSentWithThePolicyNosniffAndNoCache() throws IOException {
        List<String> urls = new ArrayList<>(List.of("/", "/stasiun/", "/dashboard/", "/display/poli.html?kodepoli=ANA",
                "/tiket/?kodebooking=KB1&lebar=58"));
        files(".html").forEach(file -> urls.add(urlOf(file)));
        assertTrue(urls.size() >= 9, urls.toString());
        for (String url : urls) {
            // the ticket alone may be framed, by the kiosk page of this origin that prints it
            String framing = url.startsWith("/tiket/") ? "frame-ancestors 'self'" : "frame-ancestors 'none'";
            given().get(url).then().statusCode(200).contentType(startsWith("text/html"))
                    .header("Content-Security-Policy", startsWith("default-src 'self';"))
                    .header("Content-Security-Policy", containsString(framing))
                    .header("X-Content-Type-Options", is("nosniff"))
                    .header("Cache-Control", is("no-cache"));
        }
    }

    @Test
    void thePagesScriptsAndStylesAreRevalidatedAndJsonIsNosniff() throws IOException {
        for (Path file : files(".js")) {
            given().get(urlOf(file)).then().statusCode(200).header("Cache-Control", is("no-cache"))
                    .header("X-Content-Type-Options", is("nosniff"));
        }
        given().get("/assets/app.css").then().statusCode(200).header("Cache-Control", is("no-cache"));
        given().get("/api/display/farmasi").then().statusCode(200).contentType(startsWith("application/json"))
                .header("X-Content-Type-Options", is("nosniff"));
    }

    @Test
    void thePagesNeedNoInlineScriptStyleOrHandler() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(".html")) {
            String html = Files.readString(file);
            for (Pattern forbidden : List.of(INLINE_SCRIPT, STYLE_ELEMENT_OR_ATTRIBUTE, EVENT_HANDLER, SCRIPT_URL)) {
                if (forbidden.matcher(html).find()) {
                    found.add(urlOf(file) + ": " + forbidden.pattern());
                }
            }
        }
        // markup the scripts write with innerHTML is held to the same policy
        for (Path file : files(".js")) {
            String js = Files.readString(file);
            for (Pattern forbidden : List.of(STYLE_ELEMENT_OR_ATTRIBUTE, EVENT_HANDLER, SCRIPT_URL)) {
                if (forbidden.matcher(js).find()) {
                    found.add(urlOf(file) + ": " + forbidden.pattern());
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
