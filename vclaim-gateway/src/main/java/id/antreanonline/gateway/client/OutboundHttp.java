package id.antreanonline.gateway.client;

import java.time.Duration;

import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/** The gateway's clients to outside systems (BPJS, the SIMRS): TLS verified, never trust-all, no redirects. */
final class OutboundHttp {

    private OutboundHttp() {
    }

    static WebClient client(Vertx vertx, Duration connectTimeout, int maxPoolSize) {
        return WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setTrustAll(false)
                .setVerifyHost(true)
                .setFollowRedirects(false)
                .setKeepAlive(true)
                .setMaxPoolSize(maxPoolSize)
                .setUserAgent("antrean-online-rs/vclaim-gateway"));
    }
}
