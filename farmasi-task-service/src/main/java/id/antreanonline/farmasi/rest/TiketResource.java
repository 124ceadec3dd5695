package id.antreanonline.farmasi.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.farmasi.service.Ticket;
import id.antreanonline.farmasi.service.TicketPdf;
import id.antreanonline.farmasi.service.TicketService;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The patient's queue ticket (roles admin, admisi, kiosk): as JSON for the printable page /tiket/, its QR code as SVG,
 * and as a PDF for a re-print from the console. Read from antrean-service with the caller's own token; an unknown
 * booking is 404, a cancelled one 409.
 */
@Cancellable(false)
@Path("/api/tiket")
@RolesAllowed({ "admin", "admisi", "kiosk" })
@Tag(name = "tiket", description = "The patient's printed queue ticket (issue 22)")
@SecurityRequirement(name = "jwt")
public class TiketResource {

    private final TicketService tickets;

    TiketResource(TicketService tickets) {
        this.tickets = tickets;
    }

    @GET
    @Path("/{kodebooking}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ticket (roles admin, admisi, kiosk)",
            description = "{rumahSakit, kodebooking, nomorantrean, angkaantrean, jenispasien, kodepoli, namapoli, "
                    + "kodedokter, namadokter, tanggalperiksa, tanggal (written out), jampraktek, estimasidilayani "
                    + "(epoch ms), estimasi (HH:mm WIB), dicetak (epoch ms), qrSvg (the kodebooking as a QR code)}")
    public Uni<Ticket> ticket(@PathParam("kodebooking") String kodebooking,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return tickets.ticket(authorization, kodebooking);
    }

    @GET
    @Path("/{kodebooking}/qr.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The kodebooking as a QR code, SVG (roles admin, admisi, kiosk)")
    public Uni<String> qr(@PathParam("kodebooking") String kodebooking,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return tickets.ticket(authorization, kodebooking).map(Ticket::qrSvg);
    }

    @GET
    @Path("/{kodebooking}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The ticket as a PDF for a re-print, lebar 58 or 80 mm (default 80; roles admin, admisi, "
            + "kiosk)")
    public Uni<Response> pdf(@PathParam("kodebooking") String kodebooking, @RestQuery String lebar,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        TicketPdf.Width width = TicketPdf.Width.of(lebar);
        return tickets.ticket(authorization, kodebooking)
                // laying out a PDF takes a few milliseconds of CPU: not on the event loop
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(t -> Response.ok(TicketPdf.render(t, width), "application/pdf")
                        .header("Content-Disposition", "inline; filename=\"tiket-"
                                + t.kodebooking().replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"")
                        .build());
    }
}
