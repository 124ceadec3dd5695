package id.antreanonline.pasien.rest;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A patient master is far larger than {@code quarkus.http.limits.max-body-size}, and the import reads it as it
 * arrives, never whole: its one path is let past Quarkus' check of the declared length (which would answer 413
 * before the import could start); every other path keeps the limit. The declared length stays known for the job's
 * progress.
 */
@ApplicationScoped
public class ImportUploadLimit {

    /** Where the import finds the length the caller declared, for its progress bar. */
    static final String DECLARED_LENGTH = "pasien.import.declared-length";

    void install(@Observes Router router) {
        router.post(PatientImportResource.PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(this::passLimit);
    }

    private void passLimit(RoutingContext ctx) {
        String length = ctx.request().headers().get(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                ctx.put(DECLARED_LENGTH, Long.parseLong(length.trim()));
            } catch (NumberFormatException e) {
                // not a length: the progress shows bytes read only
            }
            ctx.request().headers().remove(HttpHeaders.CONTENT_LENGTH);
        }
        ctx.next();
    }
}
