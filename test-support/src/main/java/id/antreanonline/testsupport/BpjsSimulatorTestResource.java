package id.antreanonline.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real bpjs-simulator for tests, started from its built jar ({@code bpjs-simulator/target/quarkus-app/
 * quarkus-run.jar}, found by walking up from the working directory; {@code BPJS_SIMULATOR_JAR} overrides) as a
 * separate process on a free port, with the test BPJS credentials of the briefing. One simulator serves every test
 * class of the JVM and is stopped when the JVM exits; {@link #stopSimulator()} and {@link #startSimulator()} let a test take it away
 * and bring it back on the same port. When {@code TEST_BPJS_SIMULATOR_URL} names a running simulator, that one is
 * used instead.
 * <p>
 * Gives {@code bpjs.antrean.base-url} and {@code bpjs.vclaim.base-url}.
 */
public class BpjsSimulatorTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String CONS_ID = "1000";
    public static final String SECRET_KEY = "local-secret";
    public static final String USER_KEY_ANTREAN = "local-user-key-antrean";
    public static final String USER_KEY_VCLAIM = "local-user-key-vclaim";

    private static String baseUrl;
    private static int port;
    private static Process process;
    private static boolean hookAdded;

    @Override
    public Map<String, String> start() {
        String url = baseUrl();
        return Map.of(
                "bpjs.antrean.base-url", url + "/antreanrs",
                "bpjs.vclaim.base-url", url + "/vclaim-rest");
    }

    @Override
    public void stop() {
        // the simulator lives as long as the JVM: other test classes reuse it
    }

    /** {@code http://127.0.0.1:<port>}, the simulator's root (its admin API is under /admin). */
    public static synchronized String baseUrl() {
        if (baseUrl == null) {
            String external = System.getenv("TEST_BPJS_SIMULATOR_URL");
            if (external != null && !external.isBlank()) {
                baseUrl = external.endsWith("/") ? external.substring(0, external.length() - 1) : external;
                return baseUrl;
            }
            port = LocalServers.freePort();
            baseUrl = "http://127.0.0.1:" + port;
            launch();
        }
        return baseUrl;
    }

    /** Starts the simulator again on the same port (after {@link #stopSimulator()}); waits until it is ready. */
    public static synchronized void startSimulator() {
        baseUrl();
        if (process == null || !process.isAlive()) {
            launch();
        }
    }

    /** Kills the simulator: its port refuses connections until {@link #startSimulator()}. Its state is lost. */
    public static synchronized void stopSimulator() {
        if (process != null) {
            // nothing in the simulator is worth a graceful stop, and a slow JVM exit upsets surefire
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private static void launch() {
        Path jar = findJar();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BPJS_CONS_ID", CONS_ID);
        builder.environment().put("BPJS_SECRET_KEY", SECRET_KEY);
        builder.environment().put("BPJS_USER_KEY_ANTREAN", USER_KEY_ANTREAN);
        builder.environment().put("BPJS_USER_KEY_VCLAIM", USER_KEY_VCLAIM);
        File log = jar.getParent().getParent().resolve("simulator-test-" + port + ".log").toFile();
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulator " + jar, e);
        }
        if (!hookAdded) {
            hookAdded = true;
            Runtime.getRuntime().addShutdownHook(new Thread(BpjsSimulatorTestResource::stopSimulator));
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the simulator exited with " + process.exitValue() + ", see " + log);
            }
            if (ready()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stopSimulator();
        throw new IllegalStateException("the simulator did not become ready within 60 s, see " + log);
    }

    private static boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static Path findJar() {
        String configured = System.getenv("BPJS_SIMULATOR_JAR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path jar = dir.resolve("bpjs-simulator/target/quarkus-app/quarkus-run.jar");
            if (Files.isRegularFile(jar)) {
                return jar;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("bpjs-simulator/target/quarkus-app/quarkus-run.jar not found above "
                + Path.of("").toAbsolutePath() + ": build the simulator first (the reactor does, -am)");
    }
}
