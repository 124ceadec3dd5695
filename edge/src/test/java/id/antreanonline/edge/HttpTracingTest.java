package id.antreanonline.edge;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.antreanonline.outbox.Tracing;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;

@QuarkusTest
class HttpTracingTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Inject
    InMemorySpanExporter spans;

    @BeforeEach
    void forget() {
        spans.reset();
    }

    @Test
    void aRequestWithATraceparentIsAServerSpanOfTheCallersTrace() {
        String current = given().header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .get("/api/jejak").then().statusCode(200).extract().asString();

        SpanData server = serverSpan();
        assertEquals(TRACE_ID, server.getTraceId());
        assertEquals(CALLER_SPAN, server.getParentSpanId());
        assertEquals("GET /api/jejak", server.getName());
        assertEquals(Tracing.traceparentOf(server.getSpanContext()), current,
                "the server span is current while the resource runs");
    }

    @Test
    void aRequestWithoutOneStartsATrace() {
        String current = given().get("/api/jejak").then().statusCode(200).extract().asString();

        SpanData server = serverSpan();
        assertTrue(server.getSpanContext().isValid());
        assertEquals(false, server.getParentSpanContext().isValid());
        assertEquals(Tracing.traceparentOf(server.getSpanContext()), current);
    }

    @Test
    void aSpanNamesNoIdentifierOfThePath() {
        given().get("/api/gema/3171234567890123").then().statusCode(200);
        assertEquals("GET /api/gema/{}", serverSpan().getName());
        assertEquals("/wsrs/ambilantrean", HttpTracing.routeOf("/wsrs/ambilantrean"));
        assertEquals("/api/bookings/{}/tasks", HttpTracing.routeOf("/api/bookings/A0001/tasks"));
    }

    @Test
    void healthChecksAreNotTraced() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/api/jejak").then().statusCode(200);
        assertEquals(List.of("GET /api/jejak"), await().atMost(Duration.ofSeconds(5))
                .until(() -> spans.getFinishedSpanItems().stream().map(SpanData::getName).toList(),
                        names -> !names.isEmpty()));
    }

    @Test
    void aCallToAnotherServiceCarriesTheCurrentTrace() {
        MultivaluedHashMap<String, Object> headers = new MultivaluedHashMap<>();
        io.opentelemetry.api.trace.Span span = io.opentelemetry.api.trace.Span.wrap(
                io.opentelemetry.api.trace.SpanContext.createFromRemoteParent(TRACE_ID, CALLER_SPAN,
                        io.opentelemetry.api.trace.TraceFlags.getSampled(),
                        io.opentelemetry.api.trace.TraceState.getDefault()));
        Tracing.with(span, () -> {
            new TraceContextPropagation().filter(Clients.request(headers));
            return null;
        });
        assertEquals(List.of("00-" + TRACE_ID + "-" + CALLER_SPAN + "-01"), headers.get("traceparent"));
        assertNotEquals(Map.of(), headers);
    }

    private SpanData serverSpan() {
        return await().atMost(Duration.ofSeconds(5)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElse(null), s -> s != null);
    }
}
