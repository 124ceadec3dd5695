package id.antreanonline.antrean.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.antrean.SurgerySchedule;
import id.antreanonline.antrean.service.StaffRefused;
import id.antreanonline.antrean.service.SurgeryService;
import id.antreanonline.antrean.service.SurgeryService.SurgeryInput;
import id.antreanonline.shared.Wib;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The surgery schedule behind the jadwaloperasirs and jadwaloperasipasien WS. */
@Cancellable(false)
@Path("/api/jadwaloperasi")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "admin", "admisi", "poli" })
@Tag(name = "Surgery schedule")
public class SurgeryResource {

    private final SurgeryService surgeries;

    SurgeryResource(SurgeryService surgeries) {
        this.surgeries = surgeries;
    }

    public record Surgery(String kodebooking, String tanggaloperasi, String jenistindakan, String kodepoli,
            String namapoli, int terlaksana, String nopeserta, long lastupdate) {
        static Surgery of(SurgerySchedule s) {
            return new Surgery(s.kodebooking, Wib.DATE.format(s.tanggaloperasi), s.jenistindakan, s.kodepoli,
                    s.namapoli, s.terlaksana, s.nopeserta, s.lastupdate);
        }
    }

    public record NewSurgery(String kodebooking, String tanggaloperasi, String jenistindakan, String kodepoli,
            String namapoli, Integer terlaksana, String nopeserta) {
    }

    @GET
    @Operation(summary = "Surgeries between two dates (yyyy-MM-dd)")
    public Uni<List<Surgery>> list(@RestQuery String tanggalawal, @RestQuery String tanggalakhir) {
        return surgeries.between(tanggalawal, tanggalakhir).map(l -> l.stream().map(Surgery::of).toList());
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Plan a surgery")
    public Uni<Surgery> create(NewSurgery in) {
        if (in == null || in.kodebooking() == null || !in.kodebooking().matches("[A-Za-z0-9-]{1,32}")) {
            return Uni.createFrom().failure(new StaffRefused(400,
                    "kodebooking wajib diisi (huruf, angka, tanda hubung; paling banyak 32)"));
        }
        return surgeries.save(in.kodebooking(), new SurgeryInput(in.tanggaloperasi(), in.jenistindakan(),
                in.kodepoli(), in.namapoli(), in.terlaksana(), in.nopeserta()), true).map(Surgery::of);
    }

    @PUT
    @Path("/{kodebooking}")
    @Operation(summary = "Change a planned surgery (e.g. terlaksana = 1 when done)")
    public Uni<Surgery> update(@PathParam("kodebooking") String kodebooking, SurgeryInput in) {
        return surgeries.save(kodebooking, in, false).map(Surgery::of);
    }

    @DELETE
    @Path("/{kodebooking}")
    @ResponseStatus(204)
    @Operation(summary = "Remove a surgery from the schedule")
    public Uni<Void> delete(@PathParam("kodebooking") String kodebooking) {
        return surgeries.delete(kodebooking);
    }
}
