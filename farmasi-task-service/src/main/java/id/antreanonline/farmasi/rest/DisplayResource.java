package id.antreanonline.farmasi.rest;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.edge.ClientAddress;
import id.antreanonline.farmasi.display.DisplayBroadcaster;
import id.antreanonline.farmasi.display.DisplayService;
import id.antreanonline.farmasi.display.StreamQuota;
import id.antreanonline.farmasi.service.Refusal;
import id.antreanonline.farmasi.service.RefusedException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The waiting-room displays' public API (no token): today's boards, and a server-sent event stream telling a display
 * that its station's queue changed. Nothing personal beyond a norm and initials. A board has no date parameter: a
 * waiting room shows today, and a public door that answers for any day would let anyone list past visits; staff see
 * other days through /api/antrean.
 */
@Cancellable(false)
@Path("/api/display")
@PermitAll
@Tag(name = "display", description = "Public call boards for the waiting-room screens (norm and initials only)")
public class DisplayResource {

    private static final Set<String> STATIONS = Set.of("admisi", "poli", "farmasi");
    private static final Duration PING = Duration.ofSeconds(20);

    /** {@code type}: ready (on connect), task (a step was recorded), ping (keeps proxies from closing the stream). */
    public record Signal(String type, String station, Integer taskid, Long waktu) {
    }

    private final DisplayService boards;
    private final DisplayBroadcaster broadcaster;
    private final StreamQuota streams;
    private final ClientAddress clientAddress;
    private final Clock clock;

    DisplayResource(DisplayService boards, DisplayBroadcaster broadcaster, StreamQuota streams,
            ClientAddress clientAddress, Clock clock) {
        this.boards = boards;
        this.broadcaster = broadcaster;
        this.streams = streams;
        this.clientAddress = clientAddress;
        this.clock = clock;
    }

    @GET
    @Path("/poli/{kodepoli}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A poli's board today (WIB): the number called last (norm, initials) and the next numbers")
    public Uni<DisplayService.Board> poli(@PathParam("kodepoli") String kodepoli,
            @QueryParam("kodedokter") String kodedokter) {
        return boards.poli(kodepoli.trim(), kodedokter == null || kodedokter.isBlank() ? null : kodedokter.trim());
    }

    @GET
    @Path("/farmasi")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The pharmacy's board today (WIB): the number called to collect (norm, initials) and the next "
            + "numbers")
    public Uni<DisplayService.Board> farmasi() {
        return boards.farmasi();
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events for one station (admisi, poli, farmasi): ready, task, ping; a caller "
            + "address holding farmasi.display.max-streams-per-client streams is answered 429 with Retry-After")
    public Multi<Signal> stream(@QueryParam("station") String station, @Context HttpServerRequest request) {
        if (station == null || !STATIONS.contains(station)) {
            throw new RefusedException(Refusal.of(Refusal.Kind.BAD_REQUEST,
                    "station harus salah satu dari admisi, poli, farmasi"));
        }
        StreamQuota.Place place = streams.take(clientAddress.of(request));
        Multi<Signal> tasks = broadcaster.events().filter(e -> e.concerns(station))
                .map(e -> new Signal("task", station, e.taskid(), e.waktu()));
        Multi<Signal> pings = Multi.createFrom().ticks().every(PING)
                .map(tick -> new Signal("ping", station, null, clock.millis()));
        return Multi.createBy().merging().streams(
                Multi.createFrom().item(new Signal("ready", station, null, clock.millis())), tasks, pings)
                // ended by the display going away (cancelled) as much as by a failure
                .onTermination().invoke(place::giveBack);
    }
}
