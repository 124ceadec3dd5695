package id.antreanonline.outbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;

class DatabaseOutageTest {

    @Test
    void aServerShuttingDownOrRefusingConnectionsIsAnOutage() {
        assertTrue(DatabaseOutage.is(new PgException("the database system is shutting down", "FATAL", "57P03", null)));
        assertTrue(DatabaseOutage.is(new PgException("terminating connection due to administrator command",
                "FATAL", "57P01", null)));
        assertTrue(DatabaseOutage.is(new CompletionException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.is(new IllegalStateException("wrapped",
                new PgException("sorry, too many clients already", "FATAL", "53300", null))));
    }

    @Test
    void commandsQueuedOnAConnectionThatClosedUnderThemAreAnOutage() {
        // what the Vert.x SQL client fails them with, with and without the socket's own error as the cause
        assertTrue(DatabaseOutage.is(new CompletionException(new NoStackTraceThrowable(
                "Pending requests failed to be sent due to connection has been closed."))));
        assertTrue(DatabaseOutage.is(new VertxException(
                "Pending requests failed to be sent due to connection has been closed.",
                new IOException("Connection reset by peer"))));
        // a command given to a connection that had already closed (PipelinedTransactionTest meets it for real)
        assertTrue(DatabaseOutage.is(new CompletionException(new NoStackTraceThrowable(
                "Connection is not active now, current status: CLOSED"))));
        // the command in flight when the server went away: the socket's own error, as Hibernate Reactive passes it on
        assertTrue(DatabaseOutage.is(new CompletionException(new SocketException("Connection reset"))));
        assertFalse(DatabaseOutage.is(new VertxException("Connection was closed by the remote HTTP server")));
    }

    @Test
    void aWriteToTheDatabasesSocketThatTheServerResetIsAnOutageAndAnotherClientsIsNot() {
        // what a statement sent as PostgreSQL stops fails with: the socket's write error, raised in the client's encoder
        IOException databaseSocket = new IOException("Connection reset by peer");
        databaseSocket.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("sun.nio.ch.FileDispatcherImpl", "write0", null, -2),
                new StackTraceElement("io.vertx.pgclient.impl.codec.PgEncoder", "flush", "PgEncoder.java", 154) });
        assertTrue(DatabaseOutage.is(new CompletionException(databaseSocket)));

        IOException otherSocket = new IOException("Connection reset by peer");
        otherSocket.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("sun.nio.ch.FileDispatcherImpl", "write0", null, -2),
                new StackTraceElement("io.vertx.core.http.impl.Http1xClientConnection", "write", null, 1) });
        assertFalse(DatabaseOutage.is(otherSocket));
    }

    @Test
    void aWaitForAConnectionThatEndedIsAnOutage() {
        assertTrue(DatabaseOutage.is(new LendsInTime.NoConnectionInTime(2000)));
        assertTrue(DatabaseOutage.is(new CompletionException(new LendsInTime.NoConnectionInTime(2000))));
    }

    @Test
    void aRefusedStatementOrABugIsNot() {
        assertFalse(DatabaseOutage.is(new PgException("duplicate key value violates unique constraint", "ERROR",
                "23505", null)));
        assertFalse(DatabaseOutage.is(new PgException("syntax error", "ERROR", "42601", null)));
        assertFalse(DatabaseOutage.is(new NullPointerException()));
        assertFalse(DatabaseOutage.is(null));
    }
}
