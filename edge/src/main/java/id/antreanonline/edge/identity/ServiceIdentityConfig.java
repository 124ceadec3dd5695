package id.antreanonline.edge.identity;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of service-to-service credentials ({@link ServiceTokens}, {@link ServiceCredentialMechanism}). */
@ConfigMapping(prefix = "service-identity")
public interface ServiceIdentityConfig {

    /** This service's name: what it signs as, and the audience a credential sent to it must name. */
    String name();

    /** Location (file: or classpath) of the PEM private key this service signs its credentials with. */
    Optional<String> privateKey();

    /** Each service this one accepts credentials from, by name, with the location of its PEM public key. */
    Map<String, String> publicKeys();

    /** How long a credential is valid; a caller reuses it until a minute before the end. */
    @WithDefault("PT5M")
    Duration tokenLifetime();
}
