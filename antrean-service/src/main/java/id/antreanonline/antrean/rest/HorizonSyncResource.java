package id.antreanonline.antrean.rest;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.antrean.service.HorizonSync;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/** The sync of every poli's HFIS schedules over the booking horizon, for the operator console's progress bar. */
@Cancellable(false)
@Path("/api/jadwal/sinkron-horizon")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Doctor schedules")
public class HorizonSyncResource {

    private final HorizonSync horizon;

    HorizonSyncResource(HorizonSync horizon) {
        this.horizon = horizon;
    }

    /** 202 names the run; 409 names the one already running. */
    public record RunRef(Long id, String message) {
    }

    @POST
    @Operation(summary = "Start syncing every poli from today to the end of the booking horizon",
            description = "202 {id} with Location; 409 {id, message} when a run is already running.")
    public Uni<RestResponse<RunRef>> start(@Context SecurityContext caller, @Context UriInfo uri) {
        return horizon.start(caller.getUserPrincipal().getName()).map(s -> answer(s, uri));
    }

    @POST
    @Path("/{id}/lanjutkan")
    @Operation(summary = "Resume an interrupted (or failed) run with the poli days it had not done",
            description = "202 {id}; 409 when another run is running or this one is not interrupted; 404 unknown")
    public Uni<RestResponse<RunRef>> resume(@PathParam("id") long id, @Context UriInfo uri) {
        return horizon.resume(id).map(s -> answer(s, uri));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A run's progress: {id, state, total, done, failed, startedBy, startedAt, finishedAt, "
            + "failures[{kodepoli, tanggal, message}]}; state RUNNING, DONE, FAILED or INTERRUPTED")
    public Uni<HorizonSync.Progress> progress(@PathParam("id") long id) {
        return horizon.progress(id);
    }

    @GET
    @Operation(summary = "The latest runs, newest first (limit 1-100, default 10), without their failures")
    public Uni<List<HorizonSync.Progress>> latest(@QueryParam("limit") Integer limit) {
        return horizon.latest(limit);
    }

    private static RestResponse<RunRef> answer(HorizonSync.Start start, UriInfo uri) {
        if (start instanceof HorizonSync.Started started) {
            URI location = uri.getBaseUriBuilder().path("/api/jadwal/sinkron-horizon/{id}").build(started.id());
            return RestResponse.ResponseBuilder.<RunRef>create(RestResponse.Status.ACCEPTED)
                    .location(location).entity(new RunRef(started.id(), null)).build();
        }
        return RestResponse.ResponseBuilder.<RunRef>create(RestResponse.Status.CONFLICT)
                .entity(new RunRef(((HorizonSync.AlreadyRunning) start).id(), "Sinkronisasi jadwal sedang berjalan"))
                .build();
    }
}
