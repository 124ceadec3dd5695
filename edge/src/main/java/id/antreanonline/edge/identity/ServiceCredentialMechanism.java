package id.antreanonline.edge.identity;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Recognises another service's credential ({@link ServiceTokens}): a bearer JWT whose key id names one of
 * {@link Callers#SERVICES}. It is verified with that service's own public key only, so a service can speak for
 * itself and for no one else; it must name this service as its audience and be short-lived. The identity carries
 * one role, the caller's name. Every other bearer token (staff) is left to smallrye-jwt, which runs after this.
 */
// made at start, so that a missing or unreadable key stops the service there and not at its first call
@Startup
@ApplicationScoped
public class ServiceCredentialMechanism implements HttpAuthenticationMechanism {

    /** Marks an identity established by a service credential (the audit log says "service" then, not "staff"). */
    public static final String SERVICE_ATTRIBUTE = "antrean.caller.service";

    private static final Logger LOG = Logger.getLogger(ServiceCredentialMechanism.class);
    private static final String BEARER = "Bearer ";

    private final JWTParser parser;
    private final ServiceIdentityConfig config;
    private final Map<String, PublicKey> keys = new HashMap<>();

    ServiceCredentialMechanism(JWTParser parser, ServiceIdentityConfig config) {
        this.parser = parser;
        this.config = config;
        config.publicKeys().forEach((service, location) -> keys.put(service, publicKey(service, location)));
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        String token = header.substring(BEARER.length()).trim();
        Optional<String> signer = keyId(token).filter(Callers.SERVICES::contains);
        if (signer.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        try {
            return Uni.createFrom().item(verify(token, signer.get()));
        } catch (AuthenticationFailedException e) {
            LOG.debugf("service credential refused: %s", e.getMessage());
            return Uni.createFrom().failure(e);
        }
    }

    private SecurityIdentity verify(String token, String service) {
        PublicKey key = keys.get(service);
        if (key == null) {
            throw new AuthenticationFailedException("no public key for " + service);
        }
        JsonWebToken jwt;
        try {
            jwt = parser.verify(token, key);
        } catch (ParseException | RuntimeException e) {
            throw new AuthenticationFailedException("bad signature, expired or malformed");
        }
        if (!service.equals(jwt.getSubject())) {
            throw new AuthenticationFailedException("subject is not the signer");
        }
        if (jwt.getAudience() == null || !jwt.getAudience().contains(config.name())) {
            throw new AuthenticationFailedException("meant for another service");
        }
        // a stolen credential is worth minutes, whatever lifetime its signer chose
        if (jwt.getExpirationTime() - jwt.getIssuedAtTime() > 2 * config.tokenLifetime().toSeconds()) {
            throw new AuthenticationFailedException("lives too long");
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole(service)
                .addAttribute(SERVICE_ATTRIBUTE, service).build();
    }

    private static Optional<String> keyId(String token) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setCompactSerialization(token);
            return Optional.ofNullable(jws.getKeyIdHeaderValue());
        } catch (JoseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static PublicKey publicKey(String service, String location) {
        if (!Callers.SERVICES.contains(service)) {
            throw new IllegalStateException("service-identity.public-keys." + service + ": not a service of this system "
                    + Callers.SERVICES);
        }
        try {
            return KeyUtils.decodePublicKey(ResourceUtils.readResource(location));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("service-identity.public-keys." + service + " " + location
                    + " is not a readable PEM public key (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        // before smallrye-jwt's mechanism (DEFAULT_PRIORITY), which would try the staff key on it and refuse
        return DEFAULT_PRIORITY + 1000;
    }
}
