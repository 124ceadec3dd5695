package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.Delivery.Receiver.BPJS;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.edge.BadBytes;
import id.antreanonline.edge.RequestRefused;
import id.antreanonline.gateway.Delivery;
import id.antreanonline.gateway.repository.DeliveryRepository;
import id.antreanonline.gateway.service.DeliveryAdmin;
import id.antreanonline.gateway.service.Reconciliation;
import id.antreanonline.shared.Wib;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Cancellable(false)
@Path("/bpjs")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery to BPJS", description = "Bookings and task times on their way to BPJS Antrean WS")
public class DeliveryResource {

    private final DeliveryAdmin admin;
    private final Reconciliation reconciliation;
    private final StaffWrites writes;

    DeliveryResource(DeliveryAdmin admin, Reconciliation reconciliation, StaffWrites writes) {
        this.admin = admin;
        this.reconciliation = reconciliation;
        this.writes = writes;
    }

    /** A delivery as operators see it (the request body stays inside: it may hold patient identifiers). */
    public record DeliveryView(long id, String sourceEventId, String kodebooking, String delivery, String source,
            Integer taskid, String tanggal, String status, int attempts, Long nextAttemptAt, Integer code,
            String message, long createdAt, Long finishedAt) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id, d.sourceEventId, d.kodebooking, d.kind.name(), d.source.name(), d.taskid,
                    d.tanggal.format(Wib.DATE), d.status.name(), d.attempts,
                    d.status == Delivery.Status.PENDING ? d.nextAttemptAt.toEpochMilli() : null, d.code, d.message,
                    d.createdAt.toEpochMilli(), d.finishedAt == null ? null : d.finishedAt.toEpochMilli());
        }
    }

    @GET
    @Path("/deliveries")
    @Operation(summary = "Deliveries, oldest first; filter by status (PENDING, DELIVERED, PARKED), kodebooking and "
            + "visit date (tanggal, yyyy-MM-dd)")
    public Uni<List<DeliveryView>> search(@QueryParam("status") String status,
            @QueryParam("kodebooking") String kodebooking, @QueryParam("tanggal") String tanggal,
            @QueryParam("limit") Integer limit) {
        LocalDate date = tanggal == null || tanggal.isBlank() ? null : date(tanggal);
        return admin.search(BPJS, status(status), kodebooking, date, limit(limit)).map(DeliveryResource::views);
    }

    @GET
    @Path("/deliveries/backlog")
    @Operation(summary = "Per visit date with deliveries still pending or parked: {tanggal, pending, parked, "
            + "oldestPendingAt} (epoch ms of the oldest pending one's intake), oldest date first")
    public Uni<List<DeliveryRepository.DayBacklog>> backlog() {
        return admin.backlogByDay();
    }

    private static List<DeliveryView> views(List<Delivery> list) {
        return list.stream().map(DeliveryView::of).toList();
    }

    private static LocalDate date(String tanggal) {
        return Wib.parseDate(tanggal).orElseThrow(() -> RequestRefused.badRequest("tanggal must be yyyy-MM-dd"));
    }

    /** The status filter of a delivery list, or null for all. */
    static Delivery.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Delivery.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RequestRefused.badRequest("status must be PENDING, DELIVERED or PARKED");
        }
    }

    /** A list's length: 200 unless asked, 1 to 1000. */
    static int limit(Integer limit) {
        return limit == null ? 200 : Math.max(1, Math.min(limit, 1000));
    }

    @GET
    @Path("/deliveries/{id}")
    @Operation(summary = "One delivery")
    public Uni<DeliveryView> find(@PathParam("id") long id) {
        return admin.find(BPJS, id).map(d -> {
            if (d == null) {
                throw new NotFoundException();
            }
            return DeliveryView.of(d);
        });
    }

    @POST
    @Path("/deliveries/{id}/replay")
    @Operation(summary = "Send a parked delivery again (after its cause was fixed); a delivered one is left alone")
    public Uni<DeliveryView> replay(@PathParam("id") long id) {
        return writes.logged("replay of delivery " + id, admin.replay(BPJS, id).map(d -> {
            if (d == null) {
                throw new NotFoundException();
            }
            return DeliveryView.of(d);
        }));
    }

    @POST
    @Path("/deliveries/replay")
    @Operation(summary = "Send parked deliveries again, in their original order: every one of a booking "
            + "(kodebooking), of a visit date (tanggal), or the ones chosen (id, repeated); exactly one of the three")
    public Uni<List<DeliveryView>> replayMany(@QueryParam("kodebooking") String kodebooking,
            @QueryParam("tanggal") String tanggal, @QueryParam("id") List<Long> ids) {
        boolean byBooking = kodebooking != null && !kodebooking.isBlank();
        boolean byDay = tanggal != null && !tanggal.isBlank();
        boolean chosen = ids != null && !ids.isEmpty();
        if ((byBooking ? 1 : 0) + (byDay ? 1 : 0) + (chosen ? 1 : 0) != 1) {
            throw RequestRefused.badRequest("give exactly one of kodebooking, tanggal or id");
        }
        if (chosen && ids.size() > DeliveryAdmin.REPLAY_ALL_LIMIT) {
            throw RequestRefused.badRequest("at most " + DeliveryAdmin.REPLAY_ALL_LIMIT + " ids");
        }
        if (byBooking) {
            return writes.logged("replay of booking " + BadBytes.loggable(kodebooking),
                    admin.replayBooking(BPJS, kodebooking)).map(DeliveryResource::views);
        }
        if (byDay) {
            LocalDate date = date(tanggal);
            return writes.logged("replay of the parked deliveries of " + date, admin.replayDay(BPJS, date))
                    .map(DeliveryResource::views);
        }
        return writes.logged("replay of deliveries " + ids, admin.replaySelection(BPJS, ids))
                .map(DeliveryResource::views);
    }

    @GET
    @Path("/reconcile")
    @Operation(summary = "Preview of a reconciliation: what BPJS getlisttask lacks of the tasks delivered for a visit "
            + "date (yyyy-MM-dd); nothing is sent")
    public Uni<Reconciliation.Report> reconcilePreview(@QueryParam("tanggal") String tanggal) {
        return reconciliation.preview(date(tanggal));
    }

    @POST
    @Path("/reconcile")
    @Operation(summary = "Compare BPJS getlisttask with the tasks delivered for a visit date (yyyy-MM-dd), resend "
            + "what BPJS lacks")
    public Uni<Reconciliation.Report> reconcile(@QueryParam("tanggal") String tanggal) {
        LocalDate date = date(tanggal);
        return writes.logged("reconciliation of " + date, reconciliation.reconcile(date));
    }
}
