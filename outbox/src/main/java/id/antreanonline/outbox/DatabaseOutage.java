package id.antreanonline.outbox;

import java.io.IOException;
import java.net.SocketException;
import java.util.Set;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Whether a request failed because PostgreSQL was away (stopped, restarting, refusing connections) or the pool had no
 * connection to lend in time, not because of the request or a bug. Such a failure is answered 503 with Retry-After:
 * the request may be sent again and will then be decided, and nothing of it was stored.
 */
public final class DatabaseOutage {

    /** What the hospital's staff read. */
    public static final String MESSAGE = "Basis data rumah sakit sedang tidak tersedia; silakan coba lagi sebentar lagi";

    /** Seconds a client is asked to wait before sending the request again. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /**
     * How the Vert.x SQL client fails the commands still queued on a connection that closed under them (a server
     * restart, a reset connection): a VertxException or a NoStackTraceThrowable, known only by this message.
     */
    static final String PENDING_ON_CLOSED_CONNECTION = "Pending requests failed to be sent due to connection has been closed";

    /**
     * How the Vert.x SQL client fails a command given to a connection that has already closed (the server ended it
     * between two statements of a transaction): a NoStackTraceThrowable, known only by this message.
     */
    static final String SENT_ON_CLOSED_CONNECTION = "Connection is not active now";

    /** How a wait for a connection that reached the acquire timeout fails (LendsInTime, in every service's pool). */
    static final String NO_CONNECTION_IN_TIME = "Timeout waiting for connection";

    private static final String PG_CLIENT = "io.vertx.pgclient.";
    private static final String SQL_CLIENT = "io.vertx.sqlclient.";

    /** SQLSTATE classes and codes of a server that is going away or not there yet. */
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "57");

    private DatabaseOutage() {
    }

    public static boolean is(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            // refused (ConnectException) or reset under a command (SocketException: Connection reset)
            if (t instanceof SocketException || t instanceof ClosedConnectionException) {
                return true;
            }
            // a write to the database's socket that the server had reset (java.io.IOException: Connection reset by
            // peer, raised in the client's encoder): the command fails with the socket's own error
            if (t instanceof IOException && fromDatabaseClient(t)) {
                return true;
            }
            if (t.getMessage() != null && (t.getMessage().startsWith(PENDING_ON_CLOSED_CONNECTION)
                    || t.getMessage().startsWith(SENT_ON_CLOSED_CONNECTION)
                    || t.getMessage().startsWith(NO_CONNECTION_IN_TIME))) {
                return true;
            }
            // every connection is lent and none came back within the acquire timeout, or too many already wait
            if (t instanceof NoStackTraceThrowable && "Timeout".equals(t.getMessage())
                    || t instanceof ConnectionPoolTooBusyException) {
                return true;
            }
            if (t instanceof PgException pg && pg.getSqlState() != null && pg.getSqlState().length() >= 2
                    && UNAVAILABLE_CLASSES.contains(pg.getSqlState().substring(0, 2))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Raised by the Vert.x PostgreSQL client itself (its socket), not by another client of the request. */
    private static boolean fromDatabaseClient(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith(PG_CLIENT) || frame.getClassName().startsWith(SQL_CLIENT)) {
                return true;
            }
        }
        return false;
    }
}
