package id.antreanonline.farmasi.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The patient's printed ticket (kiosk, counter, re-print from the console). */
@ConfigMapping(prefix = "farmasi.tiket")
public interface TicketConfig {

    /** The name printed at the top of every ticket; from {@code HOSPITAL_NAME}. */
    @WithDefault("Rumah Sakit")
    String hospitalName();
}
