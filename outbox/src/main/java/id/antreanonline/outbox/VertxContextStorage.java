package id.antreanonline.outbox;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.ContextStorageProvider;
import io.opentelemetry.context.Scope;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;

/**
 * Where the current trace context lives: in a request's (or a record's) Vert.x duplicated context, like the MDC, so
 * it follows the reactive chain from one thread to the next; on a thread without one (a worker, a test) in a
 * thread-local, where it is only ever set around synchronous code. Registered through {@code META-INF/services}.
 */
public final class VertxContextStorage implements ContextStorageProvider {

    @Override
    public ContextStorage get() {
        return Storage.INSTANCE;
    }

    private enum Storage implements ContextStorage {
        INSTANCE;

        private static final String KEY = "antrean.trace-context";
        private final ContextStorage threads = ContextStorage.defaultStorage();

        @Override
        @SuppressWarnings("deprecation") // the local data of a duplicated context is what Quarkus' own MDC uses
        public Scope attach(Context toAttach) {
            io.vertx.core.Context vertx = Vertx.currentContext();
            if (vertx == null || !VertxContext.isDuplicatedContext(vertx)) {
                return threads.attach(toAttach);
            }
            Context before = vertx.getLocal(KEY);
            if (before == toAttach) {
                return Scope.noop();
            }
            vertx.putLocal(KEY, toAttach);
            return () -> {
                if (before == null) {
                    vertx.removeLocal(KEY);
                } else {
                    vertx.putLocal(KEY, before);
                }
            };
        }

        @Override
        @SuppressWarnings("deprecation")
        public Context current() {
            io.vertx.core.Context vertx = Vertx.currentContext();
            if (vertx == null || !VertxContext.isDuplicatedContext(vertx)) {
                return threads.current();
            }
            return vertx.getLocal(KEY);
        }
    }
}
