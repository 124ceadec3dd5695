package id.antreanonline.outbox;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ready only while the pool lends a connection that answers, decided within the pool's acquire timeout (a pool with
 * nothing to lend is not ready at once). Replaces Quarkus' own check, which waits up to 10 s on an event-loop thread
 * and so delays even the pool's own timeout. The query runs on Vert.x futures: a probe that hangs up cannot keep the
 * connection.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    private final Pool pool;

    DatabaseReadiness(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().completionStage(() -> pool.withConnection(c -> c.query("select 1").execute())
                .toCompletionStage())
                .map(rows -> HealthCheckResponse.named("database").up().build())
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named("database").down()
                        .withData("error", DatabaseOutage.is(e) ? "no connection to lend in time or database away"
                                : e.getClass().getSimpleName())
                        .build());
    }
}
