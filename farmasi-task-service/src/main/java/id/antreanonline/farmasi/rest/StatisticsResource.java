package id.antreanonline.farmasi.rest;

import java.time.Clock;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.farmasi.service.StatisticsService;
import id.antreanonline.farmasi.service.StatisticsService.Statistics;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Cancellable(false)
@Path("/api/statistik")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics", description = "Waiting and service times per station, per poli and per day")
@SecurityRequirement(name = "jwt")
public class StatisticsResource {

    private final StatisticsService statistics;
    private final Clock clock;

    StatisticsResource(StatisticsService statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ "admin", "admisi", "poli", "farmasi" })
    @Operation(summary = "Average, minimum and maximum waiting (tunggu) and service (layan) times in seconds: "
            + "admission 1→2 / 2→3, poli 3→4 / 4→5, pharmacy 5→6 / 6→7; the day's total and per poli")
    public Uni<Statistics> of(
            @Parameter(description = "yyyy-MM-dd, default today (WIB)") @QueryParam("tanggal") String tanggal,
            @Parameter(description = "one poli only") @QueryParam("kodepoli") String kodepoli) {
        return statistics.of(Dates.dayOrToday(tanggal, clock),
                kodepoli == null || kodepoli.isBlank() ? null : kodepoli.trim());
    }
}
