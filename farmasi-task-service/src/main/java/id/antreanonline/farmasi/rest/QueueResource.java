package id.antreanonline.farmasi.rest;

import java.time.Clock;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.edge.identity.SimrsScopes;
import id.antreanonline.farmasi.service.StationService;
import id.antreanonline.farmasi.service.Views.StationQueue;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Cancellable(false)
@Path("/api/antrean")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "admin", "admisi", "poli", "farmasi", SimrsScopes.READ })
@Tag(name = "stations", description = "Who waits at each station today, in calling order, and who was called last")
@SecurityRequirement(name = "jwt")
public class QueueResource {

    private final StationService stations;
    private final Clock clock;

    QueueResource(StationService stations, Clock clock) {
        this.stations = stations;
        this.clock = clock;
    }

    @GET
    @Path("/admisi")
    @Operation(summary = "Admission: new patients checked in (task 1) waiting to be called (task 2), in arrival "
            + "order; those being served (task 2); the last called")
    public Uni<StationQueue> admission(
            @Parameter(description = "yyyy-MM-dd, default today (WIB)") @QueryParam("tanggal") String tanggal) {
        return stations.admission(Dates.dayOrToday(tanggal, clock));
    }

    @GET
    @Path("/poli/{kodepoli}")
    @Operation(summary = "A poli (optionally one doctor's schedule): patients waiting for the doctor (task 3) in "
            + "queue-number order; those being served (task 4); the last called (antreanpanggil)")
    public Uni<StationQueue> poli(@PathParam("kodepoli") String kodepoli,
            @Parameter(description = "yyyy-MM-dd, default today (WIB)") @QueryParam("tanggal") String tanggal,
            @QueryParam("kodedokter") String kodedokter,
            @Parameter(description = "e.g. 08:00-12:00") @QueryParam("jampraktek") String jampraktek) {
        return stations.poli(Dates.dayOrToday(tanggal, clock), kodepoli, blankToNull(kodedokter),
                blankToNull(jampraktek));
    }

    @GET
    @Path("/farmasi")
    @Operation(summary = "The pharmacy: pharmacy numbers waiting (task 5) in number order, being prepared (task 6), "
            + "ready to collect (task 7, latest first); the last called to collect")
    public Uni<StationQueue> pharmacy(
            @Parameter(description = "yyyy-MM-dd, default today (WIB)") @QueryParam("tanggal") String tanggal) {
        return stations.pharmacy(Dates.dayOrToday(tanggal, clock));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
