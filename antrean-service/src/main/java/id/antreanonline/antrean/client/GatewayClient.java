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
                .onFailure().transform(GatewayClient::refused);
    }

    private static Refused refused(Throwable e) {
        if (e instanceof WebApplicationException w && w.getResponse() != null) {
            try {
                GatewayError body = w.getResponse().readEntity(GatewayError.class);
                if (body != null && body.message() != null) {
                    return new Refused(body.code(), body.message());
                }
            } catch (RuntimeException ignored) {
                // not the gateway's JSON: fall through
            }
        }
        return new Refused(null, "BPJS tidak dapat dihubungi");
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record GatewayError(String source, String code, String message) {
    }

    public static class Refused extends RuntimeException {
        private final String code;

        public Refused(String code, String message) {
            super(message);
            this.code = code;
        }

        /** BPJS's "no data" (code 201): HFIS has no practice of that poli on that day, an answer and not a fault. */
        public boolean noData() {
            return "201".equals(code) && "Data tidak ditemukan".equalsIgnoreCase(getMessage());
        }
    }
}
