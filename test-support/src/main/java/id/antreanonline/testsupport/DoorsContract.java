package id.antreanonline.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/**
 * Every door of a service is locked, proved by walking the service's own OpenAPI: no operation answers a caller
 * without a credential (401; under /wsrs BPJS's envelope with code 201), a credential of a service it does not serve
 * is refused 403, and so is a staff member without a role and a SIMRS client wherever the service does not list it;
 * only the operations the service names as public on purpose answer without one. A service's test extends it with
 * {@code @QuarkusTest}.
 */
public abstract class DoorsContract {

    /** What every service serves to the cluster without a credential: probes, metrics, its API description. */
    private static final List<String> OPERATIONS_ENDPOINTS = List.of("/q/health/live", "/q/health/ready", "/q/metrics",
            "/q/openapi");

    @ConfigProperty(name = "quarkus.application.name")
    String self;

    /** Operations public on purpose, as "{@code METHOD /path}" written as in the OpenAPI document. */
    protected abstract Set<String> publicOperations();

    /** A service none of this service's operations serves: its valid credential must be refused everywhere. */
    protected abstract String stranger();

    /**
     * Operations a SIMRS client may call (a SIMRS scope in their {@code @RolesAllowed}), written as
     * {@link #publicOperations()}: a client holding every scope is refused 403 by every other one.
     */
    protected Set<String> simrsOperations() {
        return Set.of();
    }

    /**
     * Operations the lobby's self-service kiosk may call (role {@code kiosk} in their {@code @RolesAllowed}), written
     * as {@link #publicOperations()}: a kiosk's token is refused 403 by every other one, staff and operator alike.
     */
    protected Set<String> kioskOperations() {
        return Set.of();
    }

    @Test
    void everyOperationNamesWhoMayCallIt() {
        List<String> silent = new ArrayList<>();
        for (Class<?> type : Resources.classes()) {
            boolean classRule = hasRule(type);
            for (Method method : type.getDeclaredMethods()) {
                boolean operation = Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)
                        .anyMatch(method::isAnnotationPresent);
                if (operation && !classRule && !hasRule(method)) {
                    silent.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(silent.isEmpty(), () -> "operations without @RolesAllowed or @PermitAll: " + silent);
    }

    private static boolean hasRule(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class);
    }

    @Test
    void noOperationAnswersACallerWithoutACredential() {
        List<String> open = new ArrayList<>();
        operations().forEach((operation, description) -> {
            if (publicOperations().contains(operation)) {
                return;
            }
            Response answer = call(given(), operation);
            if (isWsrs(operation)) {
                if (answer.statusCode() != 200 || !Integer.valueOf(201).equals(answer.path("metadata.code"))) {
                    open.add(operation + " -> " + answer.statusCode() + " " + answer.asString());
                }
            } else if (answer.statusCode() != 401) {
                open.add(operation + " -> " + answer.statusCode());
            }
        });
        assertTrue(open.isEmpty(), () -> "answered without a credential: " + open);
    }

    @Test
    void aCredentialOfAServiceItDoesNotServeIsRefusedEverywhere() {
        String stranger = Credentials.service(stranger(), self);
        List<String> open = new ArrayList<>();
        operations().forEach((operation, description) -> {
            if (publicOperations().contains(operation) || isWsrs(operation)) {
                return;
            }
            int status = call(given().header("Authorization", stranger), operation).statusCode();
            if (status != 403) {
                open.add(operation + " -> " + status);
            }
        });
        assertTrue(open.isEmpty(), () -> stranger() + "'s credential was not refused 403: " + open);
    }

    @Test
    void aStaffMemberWithoutARoleIsRefusedEverywhere() {
        String nobody = Credentials.staff("tanpa-peran", "tamu");
        List<String> open = new ArrayList<>();
        operations().forEach((operation, description) -> {
            if (publicOperations().contains(operation) || isWsrs(operation)) {
                return;
            }
            int status = call(given().header("Authorization", nobody), operation).statusCode();
            if (status != 403) {
                open.add(operation + " -> " + status);
            }
        });
        assertTrue(open.isEmpty(), () -> "a staff token without a role was not refused 403: " + open);
    }

    @Test
    void aSimrsClientIsRefusedWhereverItIsNotListed() {
        String simrs = Credentials.simrs("simrs-pintu", Instant.now().getEpochSecond(), "simrs-patients",
                "simrs-onsite", "simrs-tasks", "simrs-read", "simrs-codes");
        assertDoorsAsListed(simrs, simrsOperations(), "a SIMRS client");
    }

    @Test
    void aKioskIsRefusedWhereverItIsNotListed() {
        assertDoorsAsListed(Credentials.staff("anjungan-lobi", "kiosk"), kioskOperations(), "a kiosk");
    }

    /** The caller is let in (neither 401 nor 403) where listed, refused 403 everywhere else; the listed exist. */
    private void assertDoorsAsListed(String credential, Set<String> listed, String who) {
        Map<String, Map<String, Object>> operations = operations();
        List<String> wrong = new ArrayList<>();
        operations.forEach((operation, description) -> {
            if (publicOperations().contains(operation) || isWsrs(operation)) {
                return;
            }
            int status = call(given().header("Authorization", credential), operation).statusCode();
            boolean open = listed.contains(operation);
            if (open ? status == 401 || status == 403 : status != 403) {
                wrong.add(operation + " -> " + status + (open ? " (listed for " + who + ")" : ""));
            }
        });
        listed.stream().filter(operation -> !operations.containsKey(operation))
                .forEach(operation -> wrong.add(operation + " is listed for " + who + " but not published"));
        assertTrue(wrong.isEmpty(), () -> who + "'s doors are not as listed: " + wrong);
    }

    @Test
    void whatIsPublicOnPurposeIsListedAndAnswers() {
        Map<String, Map<String, Object>> operations = operations();
        for (String operation : publicOperations()) {
            assertTrue(operations.containsKey(operation), () -> operation + " is listed as public but not published");
            if (isStream(operations.get(operation))) {
                continue;
            }
            int status = call(given(), operation).statusCode();
            assertTrue(status != 401 && status != 403, () -> operation + " is public on purpose but answered " + status);
        }
        for (String path : OPERATIONS_ENDPOINTS) {
            int status = given().get(path).statusCode();
            // readiness may be 503 while a dependency starts; it must not ask for a credential
            assertTrue(status == 200 || status == 503, () -> path + " answered " + status);
        }
    }

    /** "METHOD /path" → the operation's description, from the service's OpenAPI document. */
    @SuppressWarnings("unchecked")
    protected Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        paths.forEach((path, methods) -> methods.forEach((method, description) -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                operations.put(method.toUpperCase() + " " + path, (Map<String, Object>) description);
            }
        }));
        assertTrue(operations.size() > 0, "the OpenAPI document lists no operation");
        return operations;
    }

    /** A stream of server-sent events never ends: its door is checked, but no one waits for its answer. */
    private static boolean isStream(Map<String, Object> description) {
        return String.valueOf(description.get("responses")).contains("text/event-stream");
    }

    private static Response call(RequestSpecification request, String operation) {
        String method = operation.substring(0, operation.indexOf(' '));
        // every path parameter gets a harmless value: the door must be shut whatever is behind it
        String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request.contentType("application/json").body("{}");
        }
        return request.request(method, path);
    }

    private static boolean isWsrs(String operation) {
        return operation.substring(operation.indexOf(' ') + 1).startsWith("/wsrs/");
    }
}
