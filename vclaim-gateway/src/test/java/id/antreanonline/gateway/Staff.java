package id.antreanonline.gateway;

import static io.restassured.RestAssured.given;

import id.antreanonline.testsupport.Credentials;
import io.restassured.specification.RequestSpecification;

/** Requests to the gateway as the hospital's staff make them: with a staff token of a role. */
public final class Staff {

    private Staff() {
    }

    public static RequestSpecification asAdmin() {
        return as("admin");
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", Credentials.staff(role + "-petugas", role));
    }
}
