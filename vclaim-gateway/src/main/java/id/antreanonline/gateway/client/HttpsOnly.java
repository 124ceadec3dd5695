package id.antreanonline.gateway.client;

import java.net.URI;
import java.util.Optional;

import id.antreanonline.gateway.config.BpjsConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * BPJS is reached over https only: over plain http the hospital's signature, the members' card numbers and BPJS's
 * answers would cross the network readable. A start with an http:// base URL is refused, naming the variable, unless
 * BPJS_ALLOW_PLAIN_HTTP is true (the dev and test profiles, the local stack and the dev overlay: the simulator).
 */
@ApplicationScoped
class HttpsOnly {

    /** Before the dispatcher and the consumers start: nothing is sent to an address this refuses. */
    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent ignored, BpjsConfig config) {
        refusal(config.antrean().baseUrl(), config.vclaim().baseUrl(), config.allowPlainHttp())
                .ifPresent(message -> {
                    throw new IllegalStateException(message);
                });
    }

    /** @return why the gateway must not start with these base URLs, or empty when they are fine */
    static Optional<String> refusal(String antreanBaseUrl, String vclaimBaseUrl, boolean allowPlainHttp) {
        return check("BPJS_ANTREAN_BASE_URL", antreanBaseUrl, allowPlainHttp)
                .or(() -> check("BPJS_VCLAIM_BASE_URL", vclaimBaseUrl, allowPlainHttp));
    }

    private static Optional<String> check(String variable, String url, boolean allowPlainHttp) {
        String scheme;
        try {
            scheme = URI.create(url.trim()).getScheme();
        } catch (IllegalArgumentException e) {
            scheme = null;
        }
        if ("https".equalsIgnoreCase(scheme) || allowPlainHttp && "http".equalsIgnoreCase(scheme)) {
            return Optional.empty();
        }
        return Optional.of(variable + " must be an https:// address (is '" + url + "'); BPJS_ALLOW_PLAIN_HTTP=true "
                + "allows http:// for the bpjs-simulator only");
    }
}
