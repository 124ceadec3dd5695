package id.antreanonline.antrean.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.logging.Logger;

import id.antreanonline.antrean.SimrsClient;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.antrean.repository.SimrsClientRepository;
import id.antreanonline.edge.WsrsTokens;
import id.antreanonline.edge.identity.SimrsScopes;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.shared.event.StaffAccountEvent;
import id.antreanonline.shared.event.Topics;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * SIMRS clients: an administrator creates them, rotates their secret and disables them; a client exchanges its id and
 * secret for a token of minutes (OAuth 2.0 client credentials), counted by the login throttle like a staff login.
 * Every change that revokes tokens is published on antrean.staff-accounts in the same transaction, so every service
 * refuses them. The audit log says who did what to which client, never a secret.
 */
@ApplicationScoped
public class SimrsClientService {

    private static final Logger AUDIT = Logger.getLogger("id.antreanonline.antrean.audit");
    /** The throttle's realm: client ids are counted apart from staff usernames. */
    private static final String REALM = "simrs";
    static final String WRONG_CLIENT = "client_id atau client_secret salah";
    static final String DISABLED = "Klien SIMRS ini dinonaktifkan; hubungi admin";
    static final String NO_SUCH_CLIENT = "Klien SIMRS tidak ditemukan";
    /** Token times are the JWT library's and the verifiers': the system clock, never a test's settable Clock. */
    private static final Clock TOKEN_CLOCK = Clock.systemUTC();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A client as the admin endpoints answer it; never its secret. */
    public record ClientState(String clientId, Set<String> scopes, boolean disabled, long tokensValidAfter,
            Instant createdAt, Instant secretSetAt) {
        static ClientState of(SimrsClient c) {
            return new ClientState(c.clientId, c.scopeSet(), c.disabled, c.tokensValidAfter, c.createdAt,
                    c.secretSetAt);
        }
    }

    /** A client with its new secret: answered once, when created or rotated, and kept nowhere in clear. */
    public record ClientSecret(String clientId, Set<String> scopes, boolean disabled, String clientSecret) {
        static ClientSecret of(SimrsClient c, String secret) {
            return new ClientSecret(c.clientId, c.scopeSet(), c.disabled, secret);
        }
    }

    /** A token and what it may do. */
    public record IssuedToken(String accessToken, long expiresIn, Set<String> scopes) {
    }

    private final SimrsClientRepository clients;
    private final CredentialThrottle throttle;
    private final AntreanConfig config;
    private final Outbox outbox;

    SimrsClientService(SimrsClientRepository clients, CredentialThrottle throttle, AntreanConfig config,
            Outbox outbox) {
        this.clients = clients;
        this.throttle = throttle;
        this.config = config;
        this.outbox = outbox;
    }

    @WithSession
    public Uni<List<ClientState>> list() {
        return clients.all().map(all -> all.stream().map(ClientState::of).toList());
    }

    public Uni<ClientSecret> create(String clientId, Set<String> scopes, String byAdmin) {
        if (clientId == null || !clientId.matches("[A-Za-z0-9._-]{3,64}")) {
            return Uni.createFrom().failure(new StaffRefused(400,
                    "client_id harus 3-64 karakter huruf, angka, titik, garis bawah atau tanda hubung"));
        }
        if (!acceptableScopes(scopes)) {
            return Uni.createFrom().failure(new StaffRefused(400, "Scope harus di antara " + new TreeSet<>(SimrsScopes.ALL)));
        }
        String secret = newSecret();
        return createIfAbsent(SimrsClient.create(clientId, scopes, secret, TOKEN_CLOCK.instant()))
                .map(client -> {
                    AUDIT.infof("SIMRS client %s created by %s with scopes %s", clientId, byAdmin, client.scopeSet());
                    return ClientSecret.of(client, secret);
                });
    }

    @WithTransaction
    Uni<SimrsClient> createIfAbsent(SimrsClient client) {
        return clients.findById(client.clientId).chain(existing -> existing != null
                ? Uni.createFrom().failure(new StaffRefused(409, "client_id sudah dipakai"))
                : clients.persist(client));
    }

    /** A new secret, shown once; the old one and every token it got are refused at once, in every service. */
    public Uni<ClientSecret> rotateSecret(String clientId, String byAdmin) {
        String secret = newSecret();
        return change(clientId, (client, now) -> client.rotateSecret(secret, now)).map(client -> {
            AUDIT.infof("secret of SIMRS client %s rotated by %s; its earlier tokens are revoked", clientId, byAdmin);
            return ClientSecret.of(client, secret);
        });
    }

    public Uni<ClientState> setDisabled(String clientId, boolean disabled, String byAdmin) {
        return change(clientId, (client, now) -> {
            if (disabled) {
                client.disable(now);
            } else {
                client.enable();
            }
        }).map(client -> {
            AUDIT.infof(disabled ? "SIMRS client %s disabled by %s; its tokens are revoked"
                    : "SIMRS client %s enabled by %s", clientId, byAdmin);
            return ClientState.of(client);
        });
    }

    public Uni<ClientState> changeScopes(String clientId, Set<String> scopes, String byAdmin) {
        if (!acceptableScopes(scopes)) {
            return Uni.createFrom().failure(new StaffRefused(400, "Scope harus di antara " + new TreeSet<>(SimrsScopes.ALL)));
        }
        return change(clientId, (client, now) -> client.changeScopes(scopes, now)).map(client -> {
            AUDIT.infof("scopes of SIMRS client %s set to %s by %s; its earlier tokens are revoked", clientId,
                    client.scopeSet(), byAdmin);
            return ClientState.of(client);
        });
    }

    /**
     * OAuth 2.0 client credentials: a token for {@code requestedScopes} (all the client's when null), counted by the
     * login throttle before the secret is compared, so secrets cannot be guessed faster than passwords.
     */
    public Uni<IssuedToken> issueToken(String clientId, String secret, Set<String> requestedScopes, String address) {
        if (clientId == null || clientId.isBlank() || secret == null || secret.isEmpty()) {
            return Uni.createFrom().failure(TokenRefused.badRequest("invalid_request",
                    "client_id dan client_secret wajib diisi"));
        }
        return find(clientId).chain(client -> throttle.guard(REALM, clientId, address,
                () -> Uni.createFrom().item(() -> {
                    if (client == null || !client.hasSecret(secret)) {
                        throw new TokenRefused(401, "invalid_client", WRONG_CLIENT);
                    }
                    if (client.disabled) {
                        throw new TokenRefused(401, "invalid_client", DISABLED);
                    }
                    Set<String> scopes = requestedScopes == null ? client.scopeSet() : requestedScopes;
                    if (scopes.isEmpty() || !client.scopeSet().containsAll(scopes)) {
                        throw TokenRefused.badRequest("invalid_scope", "Scope yang diminta tidak diberikan kepada klien "
                                + "ini: " + client.scopeSet());
                    }
                    return token(client, scopes);
                }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())));
    }

    private IssuedToken token(SimrsClient client, Set<String> scopes) {
        long issuedAt = client.tokenIssuedAt(TOKEN_CLOCK.instant());
        long lifetime = config.simrs().tokenLifetime().toSeconds();
        // groups are the scopes and nothing else: a SIMRS token never carries a staff role
        String token = Jwt.issuer(WsrsTokens.ISSUER).upn(client.principal()).claim("client_id", client.clientId)
                .claim("scope", String.join(" ", new TreeSet<>(scopes))).groups(scopes).issuedAt(issuedAt)
                .expiresAt(issuedAt + lifetime).sign();
        return new IssuedToken(token, issuedAt + lifetime - TOKEN_CLOCK.instant().getEpochSecond(), scopes);
    }

    private interface Change {
        void apply(SimrsClient client, Instant now);
    }

    /** Changes the locked client and publishes its new state in the same transaction. */
    @WithTransaction
    Uni<SimrsClient> change(String clientId, Change change) {
        return clients.lock(clientId).chain(client -> {
            if (client == null) {
                return Uni.createFrom().failure(new StaffRefused(404, NO_SUCH_CLIENT));
            }
            Instant now = TOKEN_CLOCK.instant();
            change.apply(client, now);
            StaffAccountEvent event = client.changed(now);
            return outbox.publish(Topics.STAFF_ACCOUNTS, event.username(), event.eventId(), event)
                    .replaceWith(client);
        });
    }

    @WithSession
    Uni<SimrsClient> find(String clientId) {
        return clients.findById(clientId);
    }

    private static boolean acceptableScopes(Set<String> scopes) {
        return scopes != null && !scopes.isEmpty() && SimrsScopes.ALL.containsAll(scopes);
    }

    /** 256 random bits, URL-safe: fits a form field, a JSON string and a Basic header unchanged. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
