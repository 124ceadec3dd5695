package id.antreanonline.farmasi.client;

import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * antrean-service's booking look-ups, asked with the caller's own token (a staff member, or the kiosk for a ticket);
 * built in {@link ServiceClients}.
 */
@Path("/api/booking")
@Produces(MediaType.APPLICATION_JSON)
public interface BookingApi {

    @GET
    @Path("/{kodebooking}")
    Uni<RestResponse<Booking>> booking(@HeaderParam("Authorization") String authorization,
            @PathParam("kodebooking") String kodebooking);

    @GET
    @Path("/{kodebooking}/tiket")
    Uni<RestResponse<BookingTicket>> ticket(@HeaderParam("Authorization") String authorization,
            @PathParam("kodebooking") String kodebooking);
}
