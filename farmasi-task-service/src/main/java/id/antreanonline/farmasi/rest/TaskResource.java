package id.antreanonline.farmasi.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.edge.identity.SimrsScopes;
import id.antreanonline.farmasi.service.CallAgainService;
import id.antreanonline.farmasi.service.CallAgainService.CalledAgain;
import id.antreanonline.farmasi.service.Refusal;
import id.antreanonline.farmasi.service.RefusedException;
import id.antreanonline.farmasi.service.StationService;
import id.antreanonline.farmasi.service.TaskService;
import id.antreanonline.farmasi.service.Views.DeliveryView;
import id.antreanonline.farmasi.service.Views.Timeline;
import id.antreanonline.outbox.BookingLog;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

@Cancellable(false)
@Path("/api/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tasks", description = "The task-ID timeline of a visit (contract section 7)")
@SecurityRequirement(name = "jwt")
public class TaskResource {

    /**
     * {@code waktu}: epoch ms, default now; {@code jenisresep} with task 5 (or 6): racikan, non racikan, tidak ada;
     * {@code eventid}: the sender's own id of the step (a SIMRS's event id, up to 100 characters), optional.
     */
    public record TaskRequest(String kodebooking, Integer taskid, Long waktu, String jenisresep, String eventid) {
    }

    /** The recorded step; {@code duplicate} true when it was already recorded exactly so (nothing new sent). */
    public record TaskResponse(String kodebooking, int taskid, long waktu, String jenisresep, boolean duplicate,
            DeliveryView delivery) {
    }

    private final TaskService tasks;
    private final StationService stations;
    private final CallAgainService calls;

    TaskResource(TaskService tasks, StationService stations, CallAgainService calls) {
        this.tasks = tasks;
        this.stations = stations;
        this.calls = calls;
    }

    @POST
    @RolesAllowed({ "admin", "admisi", "poli", "farmasi", SimrsScopes.TASKS })
    @Operation(summary = "Record a step of a visit", description = "Roles: admisi 2 and 3, poli 4 and 5, farmasi 6 "
            + "and 7, any station 99, a SIMRS client with simrs-tasks 2 to 7 and 99, admin all. Out of order, back in time, another date: 409/422 {message}. "
            + "The same step with the same time again: 200, nothing sent twice. With eventid (the sender's own id): "
            + "its repeat by the same caller answers the step recorded then (duplicate true) and sends nothing; the "
            + "same eventid for another step: 409.")
    public Uni<TaskResponse> record(TaskRequest request, @Context SecurityContext caller) {
        if (request == null || request.kodebooking() == null || request.kodebooking().isBlank()
                || request.taskid() == null) {
            throw new RefusedException(Refusal.of(Refusal.Kind.BAD_REQUEST, "kodebooking dan taskid wajib diisi"));
        }
        if (!StationRoles.mayRecord(caller, request.taskid())) {
            throw new RefusedException(Refusal.of(Refusal.Kind.FORBIDDEN,
                    "Peran Anda tidak boleh mencatat task " + request.taskid()));
        }
        String eventId = request.eventid() == null || request.eventid().isBlank() ? null : request.eventid().trim();
        if (eventId != null && eventId.length() > 100) {
            throw new RefusedException(Refusal.of(Refusal.Kind.BAD_REQUEST, "eventid paling panjang 100 karakter"));
        }
        BookingLog.aboutBooking(request.kodebooking());
        String by = caller.getUserPrincipal() != null ? caller.getUserPrincipal().getName() : null;
        return tasks.record(new TaskService.Command(request.kodebooking().trim(), request.taskid(), request.waktu(),
                request.jenisresep(), by, eventId))
                .map(r -> new TaskResponse(r.task().kodebooking, r.task().taskid, r.task().waktu, r.task().jenisresep,
                        r.duplicate(), DeliveryView.of(r.task().delivery, r.task().deliveryCode,
                                r.task().deliveryMessage)));
    }

    @POST
    @Path("/{kodebooking}/panggil-ulang")
    // nothing to read from the body: a button's bare POST is welcome
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ "admin", "admisi", "poli", "farmasi" })
    @Operation(summary = "Call the patient being called again (the display announces it once more)",
            description = "For a visit of today whose last step is a call: 2 (role admisi), 4 (poli) or 7 (farmasi); "
                    + "admin any. The task keeps its time, nothing goes to BPJS. Answers {kodebooking, nomorantrean, "
                    + "taskid, waktu}; another last step: 409.")
    public Uni<CalledAgain> callAgain(@PathParam("kodebooking") String kodebooking, @Context SecurityContext caller) {
        BookingLog.aboutBooking(kodebooking);
        return calls.callAgain(kodebooking, taskid -> StationRoles.mayRecord(caller, taskid));
    }

    @GET
    @Path("/{kodebooking}")
    @RolesAllowed({ "admin", "admisi", "poli", "farmasi", SimrsScopes.READ })
    @Operation(summary = "A visit's timeline: each task, its time and its delivery to BPJS (pending, delivered, "
            + "rejected with BPJS's message)")
    public Uni<Timeline> timeline(@PathParam("kodebooking") String kodebooking) {
        return stations.timeline(kodebooking);
    }
}
