package id.antreanonline.edge;

import java.net.ConnectException;

import org.jboss.resteasy.reactive.RestPath;

import id.antreanonline.shared.BpjsEnvelope;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A service's resources in miniature: one WS RS and one staff path for each kind of outcome. */
@Path("/")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class EdgeTestResource {

    /** What a WS RS body may carry: text, a whole number, a card number. */
    public record Sample(String kodebooking, Integer angka, @ZeroPadded(13) String nomorkartu) {
    }

    /** A secret in the failure's message, which must reach neither the caller nor the log. */
    static final String SECRET = "NIK 3212345678987654";

    private final WsrsJson json;

    EdgeTestResource(WsrsJson json) {
        this.json = json;
    }

    @POST
    @Path("wsrs/baca")
    public BpjsEnvelope<Sample> readWsrs(String body) {
        return BpjsEnvelope.ok(json.read(body, Sample.class));
    }

    @POST
    @Path("wsrs/baca-bernama")
    public BpjsEnvelope<Sample> readNamingTheField(String body) {
        return BpjsEnvelope.ok(json.read(body, Sample.class, field -> "Format " + field + " Tidak Sesuai"));
    }

    @POST
    @Path("wsrs/tolak/{code}")
    public BpjsEnvelope<Object> refuseWsrs(@RestPath int code) {
        throw new RequestRefused(code, 409, "Antrean Tidak Ditemukan");
    }

    @POST
    @Path("wsrs/gagal")
    public BpjsEnvelope<Object> failWsrs() {
        throw new IllegalStateException(SECRET);
    }

    @POST
    @Path("wsrs/basisdata")
    public BpjsEnvelope<Object> outageWsrs() {
        throw new IllegalStateException(new ConnectException("Connection refused"));
    }

    @POST
    @Path("api/baca")
    public Sample readStaff(String body) {
        return json.read(body, Sample.class);
    }

    @GET
    @Path("api/tolak")
    public Sample refuseStaff() {
        throw new RequestRefused(BpjsEnvelope.FAILED, 409, "Antrean Sudah Dibatalkan");
    }

    @GET
    @Path("api/penuh")
    public Sample refuseTooMany() {
        throw RequestRefused.tooMany("Terlalu banyak", 30);
    }

    @GET
    @Path("api/gagal")
    public Sample failStaff() {
        throw new IllegalStateException(SECRET);
    }

    @GET
    @Path("api/basisdata")
    public Sample outageStaff() {
        throw new IllegalStateException(new ConnectException("Connection refused"));
    }

    @GET
    @Path("api/admin")
    @RolesAllowed("admin")
    public Sample adminOnly() {
        return new Sample("ok", null, null);
    }

    @POST
    @Path("api/besar")
    public String largeStaffBody(String body) {
        return "{\"panjang\":" + body.length() + "}";
    }

    /** A staff body read by Jackson into a record, as the services' staff APIs read theirs. */
    public record Note(String nama) {
    }

    @POST
    @Path("api/catat")
    @Consumes(MediaType.APPLICATION_JSON)
    public Note note(Note note) {
        return note;
    }

    @GET
    @Path("api/gema/{kode}")
    public Note echo(@RestPath String kode, @org.jboss.resteasy.reactive.RestQuery String q) {
        return new Note(kode + (q == null ? "" : "/" + q));
    }

    /** The trace context current while a resource runs (the request's server span). */
    @GET
    @Path("api/jejak")
    @Produces(MediaType.TEXT_PLAIN)
    public String traceContext() {
        return String.valueOf(id.antreanonline.outbox.Tracing.currentTraceparent());
    }
}
