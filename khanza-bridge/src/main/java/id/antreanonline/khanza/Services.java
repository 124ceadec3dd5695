package id.antreanonline.khanza;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * This project's services as the bridge calls them: as the hospital's SIMRS, with a token of its own SIMRS client
 * (OAuth2 client credentials at antrean-service, 5 minutes, taken again a minute before it ends or when refused).
 * Calls block a consumer's worker thread, one at a time: the bridge applies changes in order, not in parallel.
 * A service that does not answer, answers 5xx, or refuses the bridge's client (401 after a new token, 403) is
 * {@link Persistently.Away}; any other answer is the caller's to read.
 */
@ApplicationScoped
class Services {

    /** A service's answer: its status and its JSON body (missing when there was none). */
    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The service's own reason ({@code message}), for the log: never personal data in our services' messages. */
        String message() {
            return body.path("message").asText(body.path("metadata").path("message").asText("HTTP " + status));
        }
    }

    private final KhanzaConfig.Services where;
    private final KhanzaConfig.Simrs client;
    private final ObjectMapper json;
    private final HttpClient http;
    private String token;
    private Instant renewAfter = Instant.MIN;

    Services(KhanzaConfig config, ObjectMapper json) {
        this.where = config.services();
        this.client = config.simrs();
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(where.timeout()).build();
    }

    Answer antrean(String method, String path, Object body) throws Persistently.Away {
        return call("antrean-service", where.antrean(), method, path, body);
    }

    Answer pasien(String method, String path, Object body) throws Persistently.Away {
        return call("pasien-service", where.pasien(), method, path, body);
    }

    Answer farmasi(String method, String path, Object body) throws Persistently.Away {
        return call("farmasi-task-service", where.farmasi(), method, path, body);
    }

    /** A path segment as it goes into a URL (Khanza's codes may hold anything). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Answer call(String service, URI base, String method, String path, Object body) throws Persistently.Away {
        Answer answer = send(base, method, path, body, bearer());
        if (answer.status() == 401) {
            // revoked, rotated or expired early: one new token, one more try
            forgetToken();
            answer = send(base, method, path, body, bearer());
        }
        if (answer.status() == 401 || answer.status() == 403) {
            // a secret or a scope a person has to give the bridge (docs/khanza.md step 4): nothing is skipped meanwhile
            throw new Persistently.Away(service + " refused the bridge's SIMRS client (" + answer.status() + ") for "
                    + method + " " + path.replaceAll("\\?.*", "") + ": it needs the current secret and the scopes "
                    + "simrs-patients, simrs-onsite, simrs-tasks, simrs-read, simrs-codes");
        }
        if (answer.status() >= 500) {
            throw new Persistently.Away(base.getPort() + " answered " + answer.status());
        }
        return answer;
    }

    private Answer send(URI base, String method, String path, Object body, String bearer) throws Persistently.Away {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(where.timeout())
                    .header("Authorization", "Bearer " + bearer).header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            }
            return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new Persistently.Away(base.getHost() + ":" + base.getPort() + " not reachable ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Persistently.Away("interrupted");
        }
    }

    private Answer answer(HttpResponse<byte[]> response) {
        JsonNode body;
        try {
            body = response.body().length == 0 ? MissingNode.getInstance() : json.readTree(response.body());
        } catch (IOException e) {
            body = MissingNode.getInstance();
        }
        return new Answer(response.statusCode(), body == null ? MissingNode.getInstance() : body);
    }

    private synchronized String bearer() throws Persistently.Away {
        if (token != null && Instant.now().isBefore(renewAfter)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + segment(client.clientId()) + "&client_secret="
                + segment(client.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(where.antrean().resolve("/api/auth/token"))
                .timeout(where.timeout()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Answer answer;
        try {
            answer = answer(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new Persistently.Away("antrean-service not reachable for a token (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Persistently.Away("interrupted");
        }
        if (!answer.ok()) {
            // a wrong or revoked secret is fixed by a person: keep trying (and saying so) until they have
            throw new Persistently.Away("antrean-service refused the bridge's SIMRS client " + client.clientId() + " ("
                    + answer.status() + " " + answer.body().path("error").asText() + ")");
        }
        token = answer.body().path("access_token").asText();
        long lifetime = answer.body().path("expires_in").asLong(300);
        renewAfter = Instant.now().plusSeconds(Math.max(lifetime - 60, lifetime / 2));
        return token;
    }

    private synchronized void forgetToken() {
        token = null;
    }
}
