package id.antreanonline.simulator.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {

    /** How far X-timestamp may be from the simulator's clock, either way. */
    @WithDefault("300s")
    Duration timestampSkew();

    /** A JSON file with the HFIS data; empty means the built-in default. */
    Optional<String> hfisFile();

    /** How many received calls /admin/received keeps. */
    @WithDefault("10000")
    int receivedLimit();
}
