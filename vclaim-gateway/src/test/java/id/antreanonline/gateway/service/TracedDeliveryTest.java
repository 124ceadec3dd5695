package id.antreanonline.gateway.service;

import static id.antreanonline.gateway.Staff.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Simulator;
import id.antreanonline.shared.event.BookingSource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A step's trace reaches BPJS: from the task event's Kafka header through the delivery row, every try. */
@QuarkusTest
class TracedDeliveryTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String STEP_SPAN = "b7ad6b7169203331";

    @Inject
    InMemorySpanExporter spans;

    @AfterEach
    void healthy() {
        Simulator.clearFaults();
    }

    @Test
    void aTaskTimeRetriedAfterBpjsFailedCarriesTheStepsTraceOnEveryTry() {
        String kb = Flows.newKodebooking("TRC");
        Simulator.registerMobileJkn(kb, false);
        Simulator.fault("HTTP_500", 60, 2);
        Flows.task(kb, BookingSource.MOBILE_JKN, 3, Flows.time(700), "00-" + TRACE_ID + "-" + STEP_SPAN + "-01");

        await().atMost(Duration.ofSeconds(60)).until(() -> Simulator.tasks(kb).size() == 1);
        Map<String, Object> delivered = Simulator.received(kb).get(0);
        assertEquals(TRACE_ID, String.valueOf(delivered.get("traceparent")).substring(3, 35),
                "BPJS's call continues the step's trace");
        assertEquals(List.of(3), asAdmin().queryParam("kodebooking", kb).get("/bpjs/deliveries").jsonPath()
                .getList("attempts", Integer.class), "two tries failed before this one");

        List<SpanData> trace = await().atMost(Duration.ofSeconds(5)).until(() -> spans.getFinishedSpanItems()
                .stream().filter(s -> s.getTraceId().equals(TRACE_ID)).toList(),
                t -> t.stream().filter(s -> s.getKind() == SpanKind.CLIENT).count() >= 3);
        SpanData consumed = trace.stream().filter(s -> s.getKind() == SpanKind.CONSUMER).findFirst().orElseThrow();
        assertEquals(STEP_SPAN, consumed.getParentSpanId(), "the intake's span is a child of the step's");
        List<SpanData> tries = trace.stream().filter(s -> s.getName().startsWith("deliver ")).toList();
        assertEquals(3, tries.size());
        assertTrue(tries.stream().allMatch(t -> t.getParentSpanId().equals(consumed.getSpanId())),
                "every try is a child of the intake's span, as stored with the delivery");
    }
}
