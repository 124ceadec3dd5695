package id.antreanonline.farmasi.rest;

import java.time.Clock;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.farmasi.service.DashboardService;
import id.antreanonline.farmasi.service.DashboardService.Counts;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The dashboard page's counts of a day; its times per station come from {@code GET /api/statistik}. */
@Cancellable(false)
@Path("/api/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "admin", "admisi", "poli", "farmasi" })
@Tag(name = "dashboard", description = "Counts of a day for the dashboard page")
@SecurityRequirement(name = "jwt")
public class DashboardResource {

    private final DashboardService dashboard;
    private final Clock clock;

    DashboardResource(DashboardService dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Visits by source (MOBILE_JKN, ONSITE) and status; task and pharmacy-number delivery to BPJS")
    public Uni<Counts> counts(
            @Parameter(description = "yyyy-MM-dd, default today (WIB)") @QueryParam("tanggal") String tanggal,
            @Parameter(description = "one poli only") @QueryParam("kodepoli") String kodepoli) {
        return dashboard.counts(Dates.dayOrToday(tanggal, clock),
                kodepoli == null || kodepoli.isBlank() ? null : kodepoli.trim());
    }
}
