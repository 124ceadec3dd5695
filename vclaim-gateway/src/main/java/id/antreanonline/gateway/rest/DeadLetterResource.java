package id.antreanonline.gateway.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.edge.RequestRefused;
import id.antreanonline.outbox.DeadLetters;
import id.antreanonline.shared.event.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The console's view of the dead-letter topics: what each consumer could not read or apply, and why. Served here
 * because the gateway reads most topics and already serves the operator's delivery screens. Never the record's
 * value (it may hold NIK, card number or phone); the key only where it is a kodebooking, not a patient's norm.
 */
// reads Kafka only, but every resource finishes what it started when the caller hangs up (PoolContract)
@Cancellable(false)
@Path("/api/dead-letters")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Kafka records no consumer could read or apply, with the reason")
public class DeadLetterResource {

    /** The topics read in consumer groups, each with whether its key may be shown. */
    private static final Map<String, Boolean> TOPICS = Map.of(Topics.BOOKINGS, true, Topics.VISITS, true,
            Topics.TASKS, true, Topics.DELIVERY_OUTCOMES, true, Topics.PATIENTS, false);

    private final DeadLetters deadLetters;

    DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Blocking
    @Operation(summary = "The latest dead letters (of one source topic, or all), oldest first: dead-letter topic, "
            + "offset, key (kodebooking; none for pasien.patients), reason, service, when, source topic, partition "
            + "and offset. Never the payload.")
    public List<DeadLetters.Letter> latest(@QueryParam("topic") String topic, @QueryParam("limit") Integer limit) {
        int n = DeliveryResource.limit(limit);
        List<String> topics;
        if (topic == null || topic.isBlank()) {
            topics = TOPICS.keySet().stream().sorted().toList();
        } else if (TOPICS.containsKey(topic.trim())) {
            topics = List.of(topic.trim());
        } else {
            throw RequestRefused.badRequest("topic must be one of " + TOPICS.keySet().stream().sorted().toList());
        }
        List<DeadLetters.Letter> letters = new ArrayList<>();
        topics.forEach(t -> letters.addAll(deadLetters.latest(t, n, TOPICS.get(t))));
        letters.sort(Comparator.comparing(DeadLetters.Letter::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return letters.size() > n ? letters.subList(letters.size() - n, letters.size()) : letters;
    }
}
