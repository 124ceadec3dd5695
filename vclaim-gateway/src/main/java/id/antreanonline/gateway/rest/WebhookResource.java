package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.Delivery.Receiver.SIMRS;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.gateway.Delivery;
import id.antreanonline.gateway.service.DeliveryAdmin;
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
@Path("/simrs/webhooks")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks to the SIMRS", description = "Events on their way to the hospital's SIMRS")
public class WebhookResource {

    private final DeliveryAdmin admin;
    private final StaffWrites writes;

    WebhookResource(DeliveryAdmin admin, StaffWrites writes) {
        this.admin = admin;
        this.writes = writes;
    }

    /**
     * A webhook as operators see it: the event, its key (kodebooking, or the patient's norm), where it stands. The body
     * stays inside: it carries the patient's identifiers.
     */
    public record WebhookView(long id, String eventId, String eventType, String key, String status, int attempts,
            Long nextAttemptAt, Integer code, String message, long createdAt, Long finishedAt) {

        static WebhookView of(Delivery d) {
            return new WebhookView(d.id, d.sourceEventId, d.eventType, d.recordKey, d.status.name(), d.attempts,
                    d.status == Delivery.Status.PENDING ? d.nextAttemptAt.toEpochMilli() : null, d.code, d.message,
                    d.createdAt.toEpochMilli(), d.finishedAt == null ? null : d.finishedAt.toEpochMilli());
        }
    }

    @GET
    @Operation(summary = "Webhooks, oldest first; filter by status (PENDING, DELIVERED, PARKED) and key (kodebooking "
            + "or norm)")
    public Uni<List<WebhookView>> search(@QueryParam("status") String status, @QueryParam("key") String key,
            @QueryParam("limit") Integer limit) {
        return admin.search(SIMRS, DeliveryResource.status(status), key, null, DeliveryResource.limit(limit))
                .map(WebhookResource::views);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One webhook")
    public Uni<WebhookView> find(@PathParam("id") long id) {
        return admin.find(SIMRS, id).map(WebhookResource::found);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Send a parked webhook again (after its cause was fixed); a delivered one is left alone")
    public Uni<WebhookView> replay(@PathParam("id") long id) {
        return writes.logged("replay of webhook " + id, admin.replay(SIMRS, id).map(WebhookResource::found));
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Send every parked webhook again in their original order: of one key, or all without a key; "
            + "answers the key's webhooks, or the ones replayed")
    public Uni<List<WebhookView>> replayMany(@QueryParam("key") String key) {
        if (key == null || key.isBlank()) {
            return writes.logged("replay of every parked webhook", admin.replayAllParked(SIMRS))
                    .map(WebhookResource::views);
        }
        // the key may be a norm: the audit line does not name it
        return writes.logged("replay of the parked webhooks of one key", admin.replayBooking(SIMRS, key))
                .map(WebhookResource::views);
    }

    private static WebhookView found(Delivery d) {
        if (d == null) {
            throw new NotFoundException();
        }
        return WebhookView.of(d);
    }

    private static List<WebhookView> views(List<Delivery> list) {
        return list.stream().map(WebhookView::of).toList();
    }
}
