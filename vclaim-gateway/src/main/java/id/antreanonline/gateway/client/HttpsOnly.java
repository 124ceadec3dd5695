package id.antreanonline.gateway.client;

import java.net.URI;
import java.util.Optional;

import id.antreanonline.gateway.config.BpjsConfig;
import id.antreanonline.gateway.config.SimrsWebhookConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * BPJS is reached over https only: over plain http the hospital's signature, the members' card numbers and BPJS's
 * answers would cross the network readable. A start with an http:// base URL is refused, naming the variable, unless
 * BPJS_ALLOW_PLAIN_HTTP is true (the dev and test profiles, the local stack and the dev overlay: the simulator).
 * The SIMRS's webhook carries NIK, card number and phone: the same rule, with SIMRS_WEBHOOK_ALLOW_PLAIN_HTTP.
 */
@ApplicationScoped
class HttpsOnly {

    /** Before the dispatcher and the consumers start: nothing is sent to an address this refuses. */
    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent ignored, BpjsConfig config,
            SimrsWebhookConfig simrs) {
        refusal(config.antrean().baseUrl(), config.vclaim().baseUrl(), config.allowPlainHttp())
                .or(() -> simrs.url().filter(url -> !url.isBlank())
                        .flatMap(url -> simrsRefusal(url, simrs.allowPlainHttp())))
                .ifPresent(message -> {
                    throw new IllegalStateException(message);
                });
    }

    /** @return why the gateway must not start with these base URLs, or empty when they are fine */
    static Optional<String> refusal(String antreanBaseUrl, String vclaimBaseUrl, boolean allowPlainHttp) {
        return check("BPJS_ANTREAN_BASE_URL", antreanBaseUrl, allowPlainHttp)
                .or(() -> check("BPJS_VCLAIM_BASE_URL", vclaimBaseUrl, allowPlainHttp));
    }

    /** @return why the gateway must not start with this webhook URL, or empty when it is fine */
    static Optional<String> simrsRefusal(String webhookUrl, boolean allowPlainHttp) {
        return secure(webhookUrl, allowPlainHttp) ? Optional.empty()
                // not echoed: a webhook URL may carry a token of the SIMRS's
                : Optional.of("SIMRS_WEBHOOK_URL must be an https:// address; SIMRS_WEBHOOK_ALLOW_PLAIN_HTTP=true "
                        + "allows http:// on a network the hospital trusts");
    }

    private static Optional<String> check(String variable, String url, boolean allowPlainHttp) {
        if (secure(url, allowPlainHttp)) {
            return Optional.empty();
        }
        return Optional.of(variable + " must be an https:// address (is '" + url + "'); BPJS_ALLOW_PLAIN_HTTP=true "
                + "allows http:// for the bpjs-simulator only");
    }

    private static boolean secure(String url, boolean allowPlainHttp) {
        String scheme;
        try {
            scheme = URI.create(url.trim()).getScheme();
        } catch (IllegalArgumentException e) {
            scheme = null;
        }
        return "https".equalsIgnoreCase(scheme) || allowPlainHttp && "http".equalsIgnoreCase(scheme);
    }
}
