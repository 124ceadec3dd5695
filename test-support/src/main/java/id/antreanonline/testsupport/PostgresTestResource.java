package id.antreanonline.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL for tests, without Docker, as Dev Services would give one.
 * <p>
 * When {@code TEST_PG_HOST} (with {@code TEST_PG_PORT}, {@code TEST_PG_USER}, {@code TEST_PG_PASSWORD}) names a
 * server, a fresh database is created on it for this JVM and dropped afterwards. Otherwise a private cluster is
 * made from the machine's PostgreSQL binaries in a temporary folder (as root through {@code runuser -u postgres},
 * since initdb refuses root), on a free port, and removed when the JVM exits. One cluster serves every test class
 * of the JVM. Init arg {@code database}: the database's name prefix (default {@code app}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static Server server;

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Server s = server();
        String db = s.database(database);
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + s.host + ":" + s.port + "/" + db,
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", s.user,
                "quarkus.datasource.password", s.password);
    }

    @Override
    public void stop() {
        // the server lives as long as the JVM: other test classes reuse it
    }

    /** JDBC URL of this JVM's database with that prefix, for tests that look at the tables themselves. */
    public static String jdbcUrl(String database) {
        Server s = server();
        return "jdbc:postgresql://" + s.host + ":" + s.port + "/" + s.database(database);
    }

    public static Connection connect(String database) throws SQLException {
        Server s = server();
        return DriverManager.getConnection(jdbcUrl(database), s.user, s.password);
    }

    private static synchronized Server server() {
        if (server == null) {
            String host = System.getenv("TEST_PG_HOST");
            server = host == null || host.isBlank() ? PrivateCluster.start() : Server.external(host);
        }
        return server;
    }

    private static class Server {
        final String host;
        final int port;
        final String user;
        final String password;
        final String suffix = "_" + UUID.randomUUID().toString().substring(0, 8);
        final List<String> created = new ArrayList<>();

        Server(String host, int port, String user, String password) {
            this.host = host;
            this.port = port;
            this.user = user;
            this.password = password;
        }

        static Server external(String host) {
            String port = System.getenv().getOrDefault("TEST_PG_PORT", "5432");
            Server s = new Server(host, Integer.parseInt(port), System.getenv().getOrDefault("TEST_PG_USER", "postgres"),
                    System.getenv().getOrDefault("TEST_PG_PASSWORD", "postgres"));
            Runtime.getRuntime().addShutdownHook(new Thread(s::dropCreated));
            return s;
        }

        synchronized String database(String prefix) {
            String name = prefix + suffix;
            if (!created.contains(name)) {
                try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
                        Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + name);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
                }
                created.add(name);
            }
            return name;
        }

        void dropCreated() {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres",
                    user, password); Statement st = c.createStatement()) {
                for (String name : created) {
                    st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            } catch (SQLException e) {
                System.err.println("could not drop test databases: " + e.getMessage());
            }
        }
    }

    private static final class PrivateCluster {

        static Server start() {
            Path bin = findBinaries();
            boolean root = LocalServers.root();
            try {
                Path dir = Files.createTempDirectory("antrean-test-pg-");
                int port = LocalServers.freePort();
                if (root) {
                    LocalServers.run(List.of("chown", "postgres:postgres", dir.toString()), null);
                }
                Path data = dir.resolve("data");
                LocalServers.run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                        "--auth=trust", "-E", "UTF8", "--no-locale"), root ? "postgres" : null);
                LocalServers.run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                        dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                        "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir
                                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                        "start"), root ? "postgres" : null);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        LocalServers.run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m",
                                "immediate", "stop"), root ? "postgres" : null);
                    } catch (RuntimeException e) {
                        System.err.println("could not stop test PostgreSQL: " + e.getMessage());
                    }
                    LocalServers.deleteTree(dir);
                }));
                return new Server("127.0.0.1", port, "postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Path findBinaries() {
            String configured = System.getenv("PG_BIN");
            if (configured != null && Files.isExecutable(Path.of(configured, "initdb"))) {
                return Path.of(configured);
            }
            try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                return versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                                .replaceAll("\\D", "0"))))
                        .orElseThrow();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(
                        "No PostgreSQL binaries found (looked in /usr/lib/postgresql/*/bin and $PG_BIN). Install them "
                                + "(apt-get install postgresql) or set TEST_PG_HOST to a server.");
            }
        }
    }
}
