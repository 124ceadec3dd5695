package id.antreanonline.edge;

import id.antreanonline.outbox.Tracing;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every REST client call to another of our services carries the current trace context ({@code traceparent},
 * {@code tracestate}), so the callee's server span joins the caller's trace. A global provider: every client gets it.
 */
@Provider
public class TraceContextPropagation implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Tracing.inject((name, value) -> request.getHeaders().putSingle(name, value));
    }
}
