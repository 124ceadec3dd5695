package id.antreanonline.farmasi.display;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.antreanonline.farmasi.Delivery;
import id.antreanonline.farmasi.TaskRecord;
import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.repository.TaskRecordRepository;
import id.antreanonline.farmasi.repository.VisitRepository;
import id.antreanonline.farmasi.service.Refusal;
import id.antreanonline.farmasi.service.RefusedException;
import id.antreanonline.shared.Wib;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * Counts for the dashboard of a day (and a poli): visits by booking source and by status, and the delivery to BPJS of
 * the recorded tasks and pharmacy numbers. Times per station come from {@code GET /api/statistik}.
 */
@Cancellable(false)
@Path("/api/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "admin", "admisi", "poli", "farmasi" })
@Tag(name = "dashboard", description = "Counts of a day for the dashboard page")
@SecurityRequirement(name = "jwt")
public class DashboardResource {

    public record Deliveries(int delivered, int pending, int rejected) {
    }

    public record Counts(String tanggal, String kodepoli, int kunjungan, Map<String, Integer> sumber,
            Map<String, Integer> status, Deliveries tasks, Map<Integer, Deliveries> perTask, Deliveries farmasi) {
    }

    private final VisitRepository visits;
    private final TaskRecordRepository tasks;
    private final Clock clock;

    DashboardResource(VisitRepository visits, TaskRecordRepository tasks, Clock clock) {
        this.visits = visits;
        this.tasks = tasks;
        this.clock = clock;
    }

    @GET
    @WithSession
    @Operation(summary = "Visits by source (MOBILE_JKN, ONSITE) and status; task and pharmacy-number delivery to BPJS")
    public Uni<Counts> counts(
            @Parameter(description = "yyyy-MM-dd, default today (WIB)") @QueryParam("tanggal") String tanggal,
            @Parameter(description = "one poli only") @QueryParam("kodepoli") String kodepoli) {
        LocalDate day = day(tanggal);
        String poli = kodepoli == null || kodepoli.isBlank() ? null : kodepoli.trim();
        Uni<List<Visit>> own = poli == null ? visits.ofDay(day) : visits.ofDayAndPoli(day, poli);
        return own.chain(list -> tasks.ofVisits(list.stream().map(v -> v.kodebooking).toList())
                .map(recorded -> counts(day, poli, list, recorded)));
    }

    static Counts counts(LocalDate day, String poli, List<Visit> list, List<TaskRecord> recorded) {
        Map<String, Integer> sumber = new TreeMap<>(Map.of("MOBILE_JKN", 0, "ONSITE", 0));
        Map<String, Integer> status = new TreeMap<>(Map.of("open", 0, "ended", 0, "cancelled", 0));
        list.forEach(v -> {
            if (v.source != null) {
                sumber.merge(v.source.name(), 1, Integer::sum);
            }
            status.merge(v.status.name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        });
        Map<Integer, int[]> perTask = new TreeMap<>();
        int[] all = new int[3];
        recorded.forEach(t -> {
            int i = index(t.delivery);
            all[i]++;
            perTask.computeIfAbsent(t.taskid, k -> new int[3])[i]++;
        });
        int[] farmasi = new int[3];
        list.stream().filter(v -> v.farmasiNomor != null).forEach(v -> farmasi[index(v.farmasiDelivery)]++);
        Map<Integer, Deliveries> byTask = new TreeMap<>();
        perTask.forEach((taskid, c) -> byTask.put(taskid, of(c)));
        return new Counts(Wib.DATE.format(day), poli, list.size(), sumber, status, of(all), byTask, of(farmasi));
    }

    private static int index(Delivery d) {
        if (d == Delivery.DELIVERED) {
            return 0;
        }
        return d == Delivery.REJECTED ? 2 : 1;
    }

    private static Deliveries of(int[] c) {
        return new Deliveries(c[0], c[1], c[2]);
    }

    private LocalDate day(String tanggal) {
        if (tanggal == null || tanggal.isBlank()) {
            return LocalDate.now(clock.withZone(Wib.ZONE));
        }
        return Wib.parseDate(tanggal.trim()).orElseThrow(() -> new RefusedException(Refusal.of(
                Refusal.Kind.BAD_REQUEST, "Format tanggal tidak sesuai, format yang benar adalah yyyy-mm-dd")));
    }
}
