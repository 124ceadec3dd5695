package id.antreanonline.farmasi.client;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import id.antreanonline.farmasi.config.VClaimConfig;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * REST clients to our other services, at the base URLs of the briefing ({@code ANTREAN_URL}, {@code PASIEN_URL},
 * {@code GATEWAY_URL}).
 */
@ApplicationScoped
public class ServiceClients {

    @Produces
    @ApplicationScoped
    AntreanAuthApi antreanAuth(@ConfigProperty(name = "ANTREAN_URL", defaultValue = "http://localhost:8081") String url) {
        // antrean's login throttle may hold an answer up to its max delay (10 s), then bcrypt runs; 4xx is an answer
        // here (wrong password), not a failure
        return answering(url, Duration.ofSeconds(15), AntreanAuthApi.class);
    }

    @Produces
    @ApplicationScoped
    PasienApi pasien(@ConfigProperty(name = "PASIEN_URL", defaultValue = "http://localhost:8082") String url) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS).readTimeout(2, TimeUnit.SECONDS)
                .build(PasienApi.class);
    }

    /** antrean-service's booking look-up; every answer is read by {@link VClaimGateway}. */
    @Produces
    @ApplicationScoped
    BookingApi bookings(@ConfigProperty(name = "ANTREAN_URL", defaultValue = "http://localhost:8081") String url) {
        return answering(url, Duration.ofSeconds(5), BookingApi.class);
    }

    /**
     * vclaim-gateway's VClaim endpoints. The read timeout outlasts the gateway's own wait for BPJS (connect 5 s, read
     * 20 s), so a BPJS outage comes back as the gateway's 503, and only a gateway that stopped answering as no answer.
     */
    @Produces
    @ApplicationScoped
    VClaimApi vclaim(@ConfigProperty(name = "GATEWAY_URL", defaultValue = "http://localhost:8084") String url,
            VClaimConfig config) {
        return answering(url, config.gatewayTimeout(), VClaimApi.class);
    }

    /** A client whose every answer, 4xx and 5xx too, comes back to be read rather than thrown. */
    private static <T> T answering(String url, Duration readTimeout, Class<T> api) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(api);
    }
}
