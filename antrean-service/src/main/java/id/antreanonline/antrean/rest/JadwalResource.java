package id.antreanonline.antrean.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.service.OpenSchedules;
import id.antreanonline.antrean.service.ScheduleChanges;
import id.antreanonline.antrean.service.ScheduleSyncService;
import id.antreanonline.edge.identity.SimrsScopes;
import id.antreanonline.shared.Wib;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Doctor schedules imported from BPJS HFIS. */
@Cancellable(false)
@Path("/api/jadwal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Doctor schedules")
public class JadwalResource {

    private final ScheduleSyncService sync;
    private final OpenSchedules open;
    private final ScheduleChanges changes;

    JadwalResource(ScheduleSyncService sync, OpenSchedules open, ScheduleChanges changes) {
        this.sync = sync;
        this.open = open;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({ "admin", "admisi", SimrsScopes.READ })
    @Operation(summary = "The schedules of a day (tanggal=yyyy-MM-dd, optionally one kodepoli) with the places left",
            description = "For the counter, and a SIMRS registering at its own counter (simrs-read): which poli and "
                    + "doctor can still take a patient, at which practice hours. tutup: a day off, no quota, or "
                    + "today's practice hours are over.")
    public Uni<List<OpenSchedules.Slot>> ofDay(@QueryParam("tanggal") String tanggal,
            @QueryParam("kodepoli") String kodepoli) {
        return open.ofDay(tanggal, kodepoli);
    }

    @GET
    @Path("/perubahan")
    @RolesAllowed({ "admin", "admisi" })
    @Operation(summary = "What syncs changed in stored schedules since sejak (ISO instant, or yyyy-MM-dd from its "
            + "start in WIB; default: the latest run's start), optionally of one kodepoli",
            description = "Each change (jenis KUOTA, LIBUR, BUKA, JAM, HILANG; sebelum, sesudah) with the active "
                    + "bookings of its schedule to call (kodebooking, nomorantrean, norm); perluTindakan when the "
                    + "quota fell below the places held or a practice with bookings is off, moved or gone.")
    public Uni<List<ScheduleChanges.Change>> changes(@QueryParam("sejak") String sejak,
            @QueryParam("kodepoli") String kodepoli) {
        return changes.since(sejak, kodepoli);
    }

    public record SyncRequest(String kodepoli, String tanggal) {
    }

    /** A schedule as stored, with its quotas. */
    public record Schedule(String kodepoli, String namapoli, String kodedokter, String namadokter, String tanggal,
            String jampraktek, int kuotajkn, int kuotanonjkn, boolean libur) {
        static Schedule of(DoctorSchedule s) {
            return new Schedule(s.kodepoli, s.namapoli, s.kodedokter, s.namadokter, Wib.DATE.format(s.tanggal),
                    s.jampraktek, s.kuotaJkn, s.kuotaNonJkn, s.libur);
        }
    }

    @POST
    @Path("/sync")
    @RolesAllowed("admin")
    @Operation(summary = "Import a poli's HFIS doctor schedules of one day through the gateway")
    public Uni<List<Schedule>> sync(SyncRequest request) {
        return sync.sync(request == null ? null : request.kodepoli(), request == null ? null : request.tanggal())
                .map(list -> list.stream().map(Schedule::of).toList());
    }
}
