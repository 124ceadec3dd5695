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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real MariaDB holding SIMRS Khanza's tables (the repository's khanza/schema.sql, sample.sql and grants.sql), for
 * the Khanza bridge's tests, without Docker: a private server from the machine's mariadb-server binaries in a
 * temporary folder, on a free port, with the binlog as a Khanza hospital turns it on for Debezium (ROW, FULL images).
 * One server per JVM, removed when the JVM exits. The service connects as the bridge's own user
 * {@code antrean_bridge} with only the grants of grants.sql; {@link #root()} is for tests that play Khanza's screens.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "sik";

    private static Server server;

    @Override
    public Map<String, String> start() {
        Server s = server();
        return Map.of(
                "quarkus.datasource.jdbc.url", s.url(),
                "quarkus.datasource.username", "antrean_bridge",
                "quarkus.datasource.password", "antrean-bridge-local");
    }

    @Override
    public void stop() {
        // the server lives as long as the JVM: other test classes reuse it
    }

    /** A connection as MariaDB's root, to write what Khanza's own screens would. */
    public static Connection root() throws SQLException {
        return DriverManager.getConnection(server().url(), "root", "");
    }

    private static synchronized Server server() {
        if (server == null) {
            server = Server.start();
        }
        return server;
    }

    private record Server(int port) {

        String url() {
            return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
        }

        static Server start() {
            Path khanza = khanzaSql();
            boolean root = LocalServers.root();
            try {
                Path dir = Files.createTempDirectory("antrean-test-mariadb-");
                if (root) {
                    LocalServers.run(List.of("chown", "mysql:mysql", dir.toString()), null);
                }
                int port = LocalServers.freePort();
                List<String> install = new ArrayList<>(List.of("mariadb-install-db", "--no-defaults",
                        "--datadir=" + dir.resolve("data"), "--skip-test-db",
                        "--auth-root-authentication-method=normal"));
                if (root) {
                    install.add("--user=mysql");
                }
                LocalServers.run(install, null);
                List<String> serve = new ArrayList<>(List.of(mariadbd(), "--no-defaults",
                        "--datadir=" + dir.resolve("data"), "--socket=" + dir.resolve("mariadb.sock"),
                        "--pid-file=" + dir.resolve("mariadb.pid"), "--port=" + port, "--bind-address=127.0.0.1",
                        "--skip-name-resolve", "--server-id=1", "--log-bin=" + dir.resolve("data/binlog"),
                        "--binlog-format=ROW", "--binlog-row-image=FULL", "--character-set-server=latin1",
                        "--innodb-flush-log-at-trx-commit=0", "--sync-binlog=0"));
                if (root) {
                    serve.add("--user=mysql");
                }
                Process process = new ProcessBuilder(serve).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("server.log").toFile()).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    process.destroy();
                    try {
                        process.waitFor(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    LocalServers.deleteTree(dir);
                }));
                Server s = new Server(port);
                s.load(process, khanza);
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Waits for the server, then creates Khanza's database with the repository's tables, sample and users. */
        private void load(Process process, Path khanza) throws IOException {
            String admin = "jdbc:mariadb://127.0.0.1:" + port + "/";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try (Connection c = DriverManager.getConnection(admin, "root", "");
                        Statement st = c.createStatement()) {
                    st.execute("create database " + DATABASE + " character set latin1");
                    st.execute("use " + DATABASE);
                    for (String file : List.of("schema.sql", "sample.sql", "grants.sql")) {
                        for (String sql : statements(Files.readString(khanza.resolve(file)))) {
                            st.execute(sql);
                        }
                    }
                    return;
                } catch (SQLException e) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException("MariaDB for the tests did not start or load: "
                                + e.getMessage(), e);
                    }
                    try {
                        Thread.sleep(200); // polling a starting server: nothing to wait on but its port
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(interrupted);
                    }
                }
            }
        }
    }

    /** The statements of an SQL file: comments dropped, split at the semicolons that end a line. */
    static List<String> statements(String sql) {
        StringBuilder text = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                text.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : text.toString().split(";\\s*\n")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static Path khanzaSql() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("khanza/schema.sql"))) {
                return dir.resolve("khanza");
            }
        }
        throw new IllegalStateException("khanza/schema.sql not found above " + Path.of("").toAbsolutePath());
    }

    private static String mariadbd() {
        for (String candidate : List.of("/usr/sbin/mariadbd", "/usr/bin/mariadbd", "/usr/sbin/mysqld")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no MariaDB server binary (apt-get install mariadb-server)");
    }
}
