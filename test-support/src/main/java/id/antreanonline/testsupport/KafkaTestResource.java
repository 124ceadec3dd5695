package id.antreanonline.testsupport;

import java.nio.file.Files;
import java.util.Map;

import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker (KRaft, one combined node) inside the test JVM, without Docker, as Dev Services would give
 * one. When {@code TEST_KAFKA_BOOTSTRAP_SERVERS} names a broker, that one is used instead. One broker serves every
 * test class of the JVM and is closed when the JVM exits. Besides its open listener it has one that refuses
 * unauthenticated clients, for {@link SaslKafkaTestResource}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    /** The listener that requires SASL/SCRAM-SHA-512, as production's does (with TLS there). */
    private static final ListenerName SCRAM = ListenerName.normalised("SCRAM");
    // Quarkus loads these classes anew for each test profile: the broker's addresses are kept where every class
    // loader of the JVM finds them, so one broker serves them all (a second one, started under another class
    // loader, authenticated nobody: Java registers the SCRAM provider once per JVM, with the first one's classes)
    private static final String OPEN_LISTENER = "testsupport.kafka.open-listener";
    private static final String SCRAM_LISTENER = "testsupport.kafka.scram-listener";

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives as long as the JVM: other test classes reuse it
    }

    public static String bootstrapServers() {
        String external = System.getenv("TEST_KAFKA_BOOTSTRAP_SERVERS");
        return external != null && !external.isBlank() ? external : openListener();
    }

    /** This JVM's own broker's open listener (even when an external broker serves the tests). */
    static String openListener() {
        return ownBroker(OPEN_LISTENER);
    }

    /** This JVM's own broker's listener requiring SCRAM. */
    static String scramListener() {
        return ownBroker(SCRAM_LISTENER);
    }

    private static synchronized String ownBroker(String listener) {
        if (System.getProperty(OPEN_LISTENER) == null) {
            KafkaClusterTestKit cluster = startBroker();
            System.setProperty(SCRAM_LISTENER,
                    "localhost:" + cluster.brokers().values().iterator().next().boundPort(SCRAM));
            System.setProperty(OPEN_LISTENER, cluster.bootstrapServers());
        }
        return System.getProperty(listener);
    }

    private static KafkaClusterTestKit startBroker() {
        try {
            // A broker that loses its log directory halts the JVM: a test JVM must end with its own exit status, so
            // the broker's halt and exit are reported instead of obeyed.
            Exit.setHaltProcedure((status, message) -> System.err.println("test Kafka asked to halt (" + status + "): " + message));
            Exit.setExitProcedure((status, message) -> System.err.println("test Kafka asked to exit (" + status + "): " + message));
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    // our own directory: the test kit's default one is deleted by a shutdown hook of its own, racing
                    // the hook below that stops the broker, and a broker whose logs vanish halts the JVM with status 1
                    .setBaseDirectory(Files.createTempDirectory("test-kafka-"))
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    // a single node: every replication factor and min.isr must be 1, or groups and transactions hang
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "3")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    // the kit's open listener (clients, the kit itself, between brokers) and the one requiring SCRAM
                    .setConfigProp("listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,SCRAM://localhost:0")
                    .setConfigProp("listener.security.protocol.map",
                            "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,SCRAM:SASL_PLAINTEXT")
                    .setConfigProp("sasl.enabled.mechanisms", "SCRAM-SHA-512")
                    .setConfigProp("listener.name.scram.scram-sha-512.sasl.jaas.config",
                            "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.close();
                } catch (Exception e) {
                    System.err.println("could not stop test Kafka: " + e.getMessage());
                }
            }));
            return cluster;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test Kafka broker", e);
        }
    }
}
