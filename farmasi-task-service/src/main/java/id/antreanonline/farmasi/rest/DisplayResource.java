package id.antreanonline.farmasi.rest;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.farmasi.display.DisplayBroadcaster;
import id.antreanonline.farmasi.display.DisplayService;
import id.antreanonline.farmasi.service.Refusal;
import id.antreanonline.farmasi.service.RefusedException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The waiting-room displays' public API (no token): the boards, and a server-sent event stream telling a display that
 * its station's queue changed. Nothing personal beyond a norm and initials.
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
    private final Clock clock;

    DisplayResource(DisplayService boards, DisplayBroadcaster broadcaster, Clock clock) {
        this.boards = boards;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    @GET
    @Path("/poli/{kodepoli}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A poli's board: the number called last (norm, initials) and the next numbers")
    public Uni<DisplayService.Board> poli(@PathParam("kodepoli") String kodepoli,
            @QueryParam("kodedokter") String kodedokter,
            @Parameter(description = "yyyy-MM-dd, default today (WIB)") @QueryParam("tanggal") String tanggal) {
        return boards.poli(Dates.dayOrToday(tanggal, clock), kodepoli.trim(),
                kodedokter == null || kodedokter.isBlank() ? null : kodedokter.trim());
    }

    @GET
    @Path("/farmasi")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The pharmacy's board: the number called to collect (norm, initials) and the next numbers")
    public Uni<DisplayService.Board> farmasi(
            @Parameter(description = "yyyy-MM-dd, default today (WIB)") @QueryParam("tanggal") String tanggal) {
        return boards.farmasi(Dates.dayOrToday(tanggal, clock));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events for one station (admisi, poli, farmasi): ready, task, ping")
    public Multi<Signal> stream(@QueryParam("station") String station) {
        if (station == null || !STATIONS.contains(station)) {
            throw new RefusedException(Refusal.of(Refusal.Kind.BAD_REQUEST,
                    "station harus salah satu dari admisi, poli, farmasi"));
        }
        Multi<Signal> tasks = broadcaster.events().filter(e -> e.concerns(station))
                .map(e -> new Signal("task", station, e.taskid(), e.waktu()));
        Multi<Signal> pings = Multi.createFrom().ticks().every(PING)
                .map(tick -> new Signal("ping", station, null, clock.millis()));
        return Multi.createBy().merging().streams(
                Multi.createFrom().item(new Signal("ready", station, null, clock.millis())), tasks, pings);
    }
}
