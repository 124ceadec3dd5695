package id.antreanonline.antrean.service;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;

/** The test database as the service's own pool reaches it, for tests that build a pool of their own. */
@ApplicationScoped
class TestDatabase {

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    PgConnectOptions server() {
        return PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
    }
}
