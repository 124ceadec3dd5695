package id.antreanonline.outbox;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * One trace from a request to BPJS, across HTTP and Kafka (W3C trace context). A request's server span, a record's
 * consumer span and a delivery's call to BPJS are spans of this service's tracer; the context travels in the
 * {@code traceparent} header over HTTP, in the outbox row and the Kafka header of every event, and in the gateway's
 * delivery row. The current context lives where the MDC lives ({@link VertxContextStorage}).
 * <p>
 * Spans are exported only when {@code OTEL_EXPORTER_OTLP_ENDPOINT} is set (OTLP over HTTP) or an exporter bean
 * exists (tests); otherwise a new trace is not sampled, so nothing is recorded and only ids are made (a caller that
 * asks for sampling is still obeyed, its downstream may export). {@code OTEL_TRACES_SAMPLER_ARG} is the share of new
 * traces sampled (parent-based: a caller's decision always wins).
 */
@Singleton
public class Tracing {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    public static final AttributeKey<String> KODEBOOKING = AttributeKey.stringKey("antrean.kodebooking");
    public static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("antrean.event_id");

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final int TRACEPARENT_LENGTH = 55;

    private final SdkTracerProvider provider;
    private final Tracer tracer;

    @Inject
    Tracing(@ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "otel.exporter.otlp.endpoint") Optional<String> otlpEndpoint,
            @ConfigProperty(name = "otel.traces.sampler.arg", defaultValue = "1.0") double sampledShare,
            @Any Instance<SpanExporter> exporters) {
        this(service, otlpEndpoint.filter(e -> !e.isBlank())
                .map(e -> OtlpHttpSpanExporter.builder().setEndpoint(stripSlash(e) + "/v1/traces").build()),
                exporters.stream().toList(), sampledShare);
    }

    /** A tracer exporting each span to {@code exporters} as it ends (tests); none: nothing recorded. */
    public static Tracing exportingTo(String service, SpanExporter... exporters) {
        return new Tracing(service, Optional.empty(), List.of(exporters), 1.0);
    }

    private Tracing(String service, Optional<SpanExporter> otlp, List<SpanExporter> immediate, double sampledShare) {
        SdkTracerProviderBuilder builder = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(
                        Attributes.of(AttributeKey.stringKey("service.name"), service))));
        otlp.ifPresent(e -> builder.addSpanProcessor(BatchSpanProcessor.builder(e).build()));
        immediate.forEach(e -> builder.addSpanProcessor(SimpleSpanProcessor.create(e)));
        boolean exporting = otlp.isPresent() || !immediate.isEmpty();
        builder.setSampler(Sampler.parentBased(exporting ? Sampler.traceIdRatioBased(sampledShare)
                : Sampler.alwaysOff()));
        this.provider = builder.build();
        this.tracer = provider.get("id.antreanonline");
    }

    /** The caller's context from its two W3C headers; the root context (a new trace) when it sent none or a bad one. */
    public static <C> Context extract(C carrier, TextMapGetter<C> headers) {
        return W3C.extract(Context.root(), carrier, headers);
    }

    /** Writes the current context's {@code traceparent} (and {@code tracestate}) as headers of an outgoing call. */
    public static void inject(BiConsumer<String, String> header) {
        inject(Context.current(), header);
    }

    /** Writes {@code context}'s {@code traceparent} (and {@code tracestate}) as headers of an outgoing call. */
    public static void inject(Context context, BiConsumer<String, String> header) {
        W3C.inject(context, header, (h, name, value) -> h.accept(name, value));
    }

    /** A span of {@code kind} under {@code parent}; the caller ends it. */
    public Span start(String name, SpanKind kind, Context parent) {
        return tracer.spanBuilder(name).setSpanKind(kind).setParent(parent).startSpan();
    }

    /**
     * {@code work} in a span of {@code kind} whose parent is a stored {@code traceparent} (a new trace when null):
     * current while the work is assembled and run on this duplicated context, ended when it ends either way.
     */
    public <T> Uni<T> within(String name, SpanKind kind, String traceparent, Function<Span, Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Span span = start(name, kind, parentOf(traceparent));
            Scope scope = span.makeCurrent();
            Uni<T> started;
            try {
                started = work.apply(span);
            } catch (RuntimeException e) {
                scope.close();
                end(span, e);
                throw e;
            }
            return started.onItemOrFailure().invoke((item, failure) -> {
                scope.close();
                end(span, failure);
            });
        });
    }

    /**
     * {@code call} in a span of {@code kind} whose parent is a stored {@code traceparent} (a new trace when null),
     * current only while the call is made, not while it is awaited: for calls made side by side on one context (a
     * sender's round), each of which takes the context it needs when it is made. Ended when the call ends.
     */
    public <T> Uni<T> calling(String name, SpanKind kind, String traceparent, Function<Span, Uni<T>> call) {
        return Uni.createFrom().deferred(() -> {
            Span span = start(name, kind, parentOf(traceparent));
            Uni<T> made;
            try (Scope ignored = span.makeCurrent()) {
                made = call.apply(span);
            } catch (RuntimeException e) {
                end(span, e);
                throw e;
            }
            return made.onItemOrFailure().invoke((item, failure) -> end(span, failure));
        });
    }

    /** Ends {@code span}, marked failed when {@code failure} is not null (its type only: messages may quote data). */
    public static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        }
        span.end();
    }

    /** {@code work} run with {@code span} current on this thread (synchronous code only). */
    public static <T> T with(Span span, Supplier<T> work) {
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        }
    }

    /** The current span's {@code traceparent}, as stored with an outbox row; null outside any trace. */
    public static String currentTraceparent() {
        return traceparentOf(Span.current().getSpanContext());
    }

    /** The current trace id, for log lines; null outside any trace. */
    public static String currentTraceId() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }

    /** {@code 00-<trace id>-<span id>-<flags>}, or null for no valid context. */
    public static String traceparentOf(SpanContext context) {
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /** The trace id of a stored {@code traceparent}; null when there is none or it is not one. */
    public static String traceIdOf(String traceparent) {
        SpanContext context = spanContextOf(traceparent);
        return context.isValid() ? context.getTraceId() : null;
    }

    /** A stored {@code traceparent} as a remote parent; the root context (a new trace) when null or malformed. */
    public static Context parentOf(String traceparent) {
        SpanContext context = spanContextOf(traceparent);
        return context.isValid() ? Context.root().with(Span.wrap(context)) : Context.root();
    }

    private static SpanContext spanContextOf(String traceparent) {
        if (traceparent == null || traceparent.length() != TRACEPARENT_LENGTH || !traceparent.startsWith("00-")
                || traceparent.charAt(35) != '-' || traceparent.charAt(52) != '-') {
            return SpanContext.getInvalid();
        }
        try {
            // createFromRemoteParent checks the ids' hex digits and gives an invalid context for bad ones
            return SpanContext.createFromRemoteParent(traceparent.substring(3, 35), traceparent.substring(36, 52),
                    TraceFlags.fromHex(traceparent, 53), TraceState.getDefault());
        } catch (RuntimeException e) {
            return SpanContext.getInvalid();
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    void close(@Observes ShutdownEvent ignored) {
        provider.close();
    }
}
