package id.antreanonline.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real stack for the whole test run: {@code bin/stack up} once before the first class, {@code bin/stack down}
 * when the run ends. Components can be stopped, killed and brought back for fault drills.
 *
 * <p>No test class or test starts in the last minutes of a day in WIB: it waits for the new day. A visit is walked
 * through in real time and lives on one day, as a patient's does: the practices close at 23:59 (an onsite booking
 * for today is refused from then on) and BPJS takes a visit's task times only on its visit date. The longest test
 * takes about two minutes.
 */
public class Stack implements BeforeAllCallback, BeforeEachCallback, AutoCloseable {

    static final LocalTime LAST_START = LocalTime.of(23, 54);

    static final Path ROOT = Path.of(System.getProperty("stack.root", "..")).toAbsolutePath().normalize();
    static final Path STACK_DIR = ROOT.resolve("e2e/target/stack");

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Stack.class, k -> {
                    run("up");
                    return this;
                }, Stack.class);
        awayFromMidnight();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        awayFromMidnight();
    }

    static void awayFromMidnight() {
        Awaitility.await().atMost(Duration.ofMinutes(7)).pollInterval(Duration.ofSeconds(1))
                .until(() -> ZonedDateTime.now(Api.WIB).toLocalTime().isBefore(LAST_START));
    }

    @Override
    public void close() {
        run("down");
    }

    /** Starts whatever is not running and waits until every service is ready. */
    public static void up() {
        run("up");
    }

    public static void stop(String component) {
        run("stop", component);
    }

    public static void kill(String component) {
        run("kill", component);
    }

    static void run(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("bin/stack").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("STACK_DIR", STACK_DIR.toString());
        // schedules open all day every day, no holidays: same-day onsite bookings work whenever the run happens
        pb.environment().put("SIMULATOR_HFIS_FILE", ROOT.resolve("e2e/src/test/resources/hfis-e2e.json").toString());
        // the SIMRS's webhook receiver is the tests' own (SimrsReceiver), plain HTTP on this machine
        pb.environment().put("SIMRS_WEBHOOK_URL", SimrsReceiver.URL);
        pb.environment().put("SIMRS_WEBHOOK_SECRET", SimrsReceiver.SECRET);
        pb.environment().put("SIMRS_WEBHOOK_ALLOW_PLAIN_HTTP", "true");
        // with SIMRS Khanza (MariaDB, Kafka Connect with Debezium, the bridge), as a Khanza hospital runs it: KhanzaTest
        pb.environment().put("STACK_KHANZA", "1");
        try {
            Files.createDirectories(STACK_DIR);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("bin/stack " + String.join(" ", args) + " failed:\n" + out
                        + logTails());
            }
            System.out.print(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String logTails() {
        StringBuilder sb = new StringBuilder();
        try (var logs = Files.list(STACK_DIR.resolve("logs"))) {
            for (Path log : logs.sorted().toList()) {
                List<String> lines = Files.readAllLines(log);
                sb.append("\n--- ").append(log.getFileName()).append('\n');
                lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(l -> sb.append(l).append('\n'));
            }
        } catch (IOException e) {
            sb.append("(no logs: ").append(e.getMessage()).append(')');
        }
        return sb.toString();
    }
}
