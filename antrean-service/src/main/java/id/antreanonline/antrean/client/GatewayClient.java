package id.antreanonline.antrean.client;

import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

/** HFIS doctor schedules through vclaim-gateway; a refusal or an outage becomes {@link Refused} with a message. */
@ApplicationScoped
public class GatewayClient {

    private final GatewayApi api;

    GatewayClient(@RestClient GatewayApi api) {
        this.api = api;
    }

    public Uni<List<HfisSchedule>> doctorSchedules(String kodepoli, String tanggal) {
        return api.jadwalDokter(kodepoli, tanggal)
                .map(list -> list == null ? List.<HfisSchedule>of() : list)
                .onFailure().transform(e -> new Refused(messageOf(e)));
    }

    private static String messageOf(Throwable e) {
        if (e instanceof WebApplicationException w && w.getResponse() != null) {
            try {
                GatewayError body = w.getResponse().readEntity(GatewayError.class);
                if (body != null && body.message() != null) {
                    return body.message();
                }
            } catch (RuntimeException ignored) {
                // not the gateway's JSON: fall through
            }
        }
        return "BPJS tidak dapat dihubungi";
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record GatewayError(String source, String code, String message) {
    }

    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
