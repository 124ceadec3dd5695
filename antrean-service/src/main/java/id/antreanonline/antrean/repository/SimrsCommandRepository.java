package id.antreanonline.antrean.repository;

import java.util.List;

import id.antreanonline.antrean.SimrsCommand;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The requests callers sent under their own event ids, each with the booking it took or cancelled; remembered in the
 * transaction of that booking or cancellation.
 */
@ApplicationScoped
public class SimrsCommandRepository {

    private static final String FIND = "select fingerprint, kodebooking from simrs_command"
            + " where caller = $1 and event_id = $2";
    private static final String REMEMBER_ALL = "insert into simrs_command (caller, event_id, fingerprint,"
            + " kodebooking, created_at) select c.caller, c.event_id, c.fingerprint, c.kodebooking, $5"
            + " from unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[])"
            + " as c(caller, event_id, fingerprint, kodebooking)";

    /** A command remembered: what it asked (its fingerprint) and the booking it concerned. */
    public record Remembered(String fingerprint, String kodebooking) {
    }

    private final Pool pool;

    SimrsCommandRepository(Pool pool) {
        this.pool = pool;
    }

    /** The command remembered under the caller's event id, or null. */
    public Uni<Remembered> find(SimrsCommand command) {
        return pool.preparedQuery(FIND).execute(Tuple.of(command.caller(), command.eventId())).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row r = rows.iterator().next();
            return new Remembered(r.getString("fingerprint"), r.getString("kodebooking"));
        });
    }

    /** Remembers commands on a connection in its transaction (the booking batches'). */
    public Uni<Void> rememberAll(SqlConnection conn, List<SimrsCommand> commands, List<String> kodebookings,
            long at) {
        return conn.preparedQuery(REMEMBER_ALL).execute(Tuple.of(
                commands.stream().map(SimrsCommand::caller).toArray(String[]::new),
                commands.stream().map(SimrsCommand::eventId).toArray(String[]::new),
                commands.stream().map(SimrsCommand::fingerprint).toArray(String[]::new),
                kodebookings.toArray(String[]::new), at)).replaceWithVoid();
    }

    /** Remembers a command in the current Hibernate transaction (the ledger's). */
    public Uni<Void> remember(SimrsCommand command, String kodebooking, long at) {
        return Panache.getSession().chain(session -> session.createNativeQuery("insert into simrs_command (caller,"
                + " event_id, fingerprint, kodebooking, created_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, command.caller()).setParameter(2, command.eventId())
                .setParameter(3, command.fingerprint()).setParameter(4, kodebooking).setParameter(5, at)
                .executeUpdate()).replaceWithVoid();
    }
}
