package id.antreanonline.farmasi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Station screens and dashboards are built from the OpenAPI document: every call is in it. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyCallIsDocumented() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/tasks"))
                .body("paths", hasKey("/api/tasks/{kodebooking}"))
                .body("paths", hasKey("/api/antrean/admisi"))
                .body("paths", hasKey("/api/antrean/poli/{kodepoli}"))
                .body("paths", hasKey("/api/antrean/farmasi"))
                .body("paths", hasKey("/api/statistik"))
                .body("paths", hasKey("/wsrs/ambilantreanfarmasi"))
                .body("paths", hasKey("/wsrs/statusantreanfarmasi"));
    }
}
