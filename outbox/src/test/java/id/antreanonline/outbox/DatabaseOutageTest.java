package id.antreanonline.outbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

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
    void aRefusedStatementOrABugIsNot() {
        assertFalse(DatabaseOutage.is(new PgException("duplicate key value violates unique constraint", "ERROR",
                "23505", null)));
        assertFalse(DatabaseOutage.is(new PgException("syntax error", "ERROR", "42601", null)));
        assertFalse(DatabaseOutage.is(new NullPointerException()));
        assertFalse(DatabaseOutage.is(null));
    }
}
