package id.antreanonline.farmasi.rest;

import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.farmasi.service.PharmacyService;
import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.wsrs.WsrsMessages;
import id.antreanonline.shared.wsrs.WsrsTokens;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * WS RS for Mobile JKN's pharmacy queue (contract section 3): x-token/x-username checked, the body read by hand so
 * that nothing a caller sends gets anything but the BPJS envelope with HTTP 200.
 */
@Cancellable(false)
@Path("/wsrs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "wsrs", description = "Web services BPJS's Mobile JKN calls (contract section 3)")
public class WsrsFarmasiResource {

    static final String KODEBOOKING_REQUIRED = "Kode Booking Tidak Boleh Kosong";

    private final JWTParser jwtParser;
    private final ObjectMapper mapper;
    private final PharmacyService pharmacy;

    WsrsFarmasiResource(JWTParser jwtParser, ObjectMapper mapper, PharmacyService pharmacy) {
        this.jwtParser = jwtParser;
        this.mapper = mapper;
        this.pharmacy = pharmacy;
    }

    @POST
    @Path("/ambilantreanfarmasi")
    @Operation(summary = "{kodebooking} -> jenisresep, nomorantrean, keterangan: the pharmacy number issued when the "
            + "poli ended the visit with a prescription")
    public Uni<BpjsEnvelope<PharmacyService.Taken>> take(@HeaderParam(WsrsTokens.HEADER_TOKEN) String token,
            @HeaderParam(WsrsTokens.HEADER_USERNAME) String username, String body) {
        Optional<String> refusal = WsrsTokens.refusal(jwtParser, username, token);
        if (refusal.isPresent()) {
            return Uni.createFrom().item(BpjsEnvelope.failed(refusal.get()));
        }
        return kodebooking(body).map(pharmacy::take)
                .orElseGet(() -> Uni.createFrom().item(BpjsEnvelope.failed(refusalOf(body))));
    }

    @POST
    @Path("/statusantreanfarmasi")
    @Operation(summary = "{kodebooking} -> jenisresep, totalantrean, sisaantrean, antreanpanggil, keterangan")
    public Uni<BpjsEnvelope<PharmacyService.Status>> status(@HeaderParam(WsrsTokens.HEADER_TOKEN) String token,
            @HeaderParam(WsrsTokens.HEADER_USERNAME) String username, String body) {
        Optional<String> refusal = WsrsTokens.refusal(jwtParser, username, token);
        if (refusal.isPresent()) {
            return Uni.createFrom().item(BpjsEnvelope.failed(refusal.get()));
        }
        return kodebooking(body).map(pharmacy::status)
                .orElseGet(() -> Uni.createFrom().item(BpjsEnvelope.failed(refusalOf(body))));
    }

    /** kodebooking as text; a number is accepted too. */
    private Optional<String> kodebooking(String body) {
        JsonNode node = parse(body);
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        JsonNode kb = node.get("kodebooking");
        if (kb == null || !(kb.isTextual() || kb.isNumber()) || kb.asText().isBlank() || kb.asText().length() > 64) {
            return Optional.empty();
        }
        return Optional.of(kb.asText().trim());
    }

    private String refusalOf(String body) {
        JsonNode node = parse(body);
        return node == null || !node.isObject() ? WsrsMessages.MALFORMED_REQUEST : KODEBOOKING_REQUIRED;
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }
}
