package id.antreanonline.testsupport;

import static io.restassured.RestAssured.given;

import java.util.Arrays;

/** The service's Prometheus page ({@code /q/metrics}) as a test reads it: one series' value, or whether it is there. */
public final class Metrics {

    private Metrics() {
    }

    /** The whole page as the service answers it now. */
    public static String page() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * The value of the first series named {@code name} carrying every label given as {@code key="value"} (any
     * order, others allowed); NaN when there is none.
     */
    public static double value(String name, String... labels) {
        return valueIn(page(), name, labels);
    }

    /** The same, read from a page fetched once (several series of one moment). */
    public static double valueIn(String page, String name, String... labels) {
        for (String line : page.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            String series = line.substring(0, line.lastIndexOf(' '));
            if (Arrays.stream(labels).allMatch(series::contains)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Double.NaN;
    }
}
