package id.antreanonline.simulator.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import id.antreanonline.simulator.config.SimulatorConfig;

class HfisRegistryTest {

    private static final SimulatorConfig BUILT_IN = new SimulatorConfig() {
        @Override
        public Duration timestampSkew() {
            return Duration.ofMinutes(5);
        }

        @Override
        public Optional<String> hfisFile() {
            return Optional.empty();
        }

        @Override
        public int receivedLimit() {
            return 10;
        }
    };

    @Test
    void builtInDataIsRichEnoughForADemo() {
        HfisRegistry hfis = new HfisRegistry(BUILT_IN);
        assertTrue(hfis.current().poli().size() >= 5);
        assertTrue(hfis.current().dokter().size() >= 5);
        assertTrue(hfis.current().libur().size() >= 10);
        LocalDate monday = LocalDate.of(2026, 11, 23);
        IntStream.range(0, 7).forEach(d -> assertTrue(hfis.slots("ANA", monday.plusDays(d)).size() >= 1));
        assertTrue(hfis.current().jadwal().stream().allMatch(j -> hfis.dokter(j.kodedokter()).isPresent()
                && hfis.poli(j.kodepoli()).isPresent()));
        assertTrue(hfis.holiday(LocalDate.of(2026, 12, 25)).isPresent());
    }
}
