package id.antreanonline.antrean.messaging;

import static id.antreanonline.antrean.Fixtures.column;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSnapshot;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.CancelledBy;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.testsupport.KafkaRecords;
import id.antreanonline.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * The catch-up at start, for real: bookings whose events are on antrean.bookings but which the database lacks (as a
 * restore leaves it) are back before the service is ready, and it is not ready while the catch-up has not finished.
 */
@QuarkusTest
@TestProfile(CatchUpOnStartTest.RestoredDatabase.class)
class CatchUpOnStartTest {

    /** Events of two bookings, published before the service starts, of a schedule the database does not have. */
    public static class RestoredDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the other tests' check-ins carry tomorrow's times: read far enough back to find these events anyway
            return Map.of("antrean.recovery.on-start", "true", "antrean.recovery.margin", "P3D");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LostBookings.class));
        }
    }

    public static class LostBookings implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String kodepoli = Fixtures.poli();
            String active = "PULIH" + Fixtures.digits(8);
            String cancelled = "PULIH" + Fixtures.digits(8);
            LocalDate tomorrow = LocalDate.now(Wib.ZONE).plusDays(1);
            try {
                publish(BookingEvent.Kind.CREATED, snapshot(active, kodepoli, tomorrow, 1), null);
                // one booking, one patient: both its events carry the same snapshot
                BookingSnapshot booked = snapshot(cancelled, kodepoli, tomorrow, 2);
                publish(BookingEvent.Kind.CREATED, booked, null);
                publish(BookingEvent.Kind.CANCELLED, booked,
                        new BookingEvent.Cancellation(CancelledBy.BPJS, "pasien sakit"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return Map.of("test.lost.kodepoli", kodepoli, "test.lost.active", active, "test.lost.cancelled", cancelled);
        }

        @Override
        public void stop() {
        }

        private static BookingSnapshot snapshot(String kodebooking, String kodepoli, LocalDate tanggal, int angka) {
            return BookingSnapshot.builder().kodebooking(kodebooking).jenispasien("JKN")
                    .patient(Fixtures.digits(16), Fixtures.digits(13), "081234567890", Fixtures.digits(8))
                    .newPatient(false)
                    .practice(kodepoli, "Poli " + kodepoli, "123456", "dr. Uji", Wib.DATE.format(tanggal), "08:00-12:00")
                    .referral(1, "0001R004" + Fixtures.digits(11))
                    .number("A-" + angka, angka, tanggal.atTime(8, 0).atZone(Wib.ZONE).toInstant().toEpochMilli())
                    .jknQuota(10 - angka, 10).nonJknQuota(10, 10).keterangan("").build();
        }

        private static void publish(BookingEvent.Kind kind, BookingSnapshot booking,
                BookingEvent.Cancellation cancellation) throws Exception {
            BookingEvent event = new BookingEvent(UUID.randomUUID().toString(), kind, booking.kodebooking(),
                    System.currentTimeMillis(), BookingSource.MOBILE_JKN, booking, cancellation, null);
            KafkaRecords.publish(Topics.BOOKINGS, booking.kodebooking(), new ObjectMapper().writeValueAsString(event));
        }
    }

    @Inject
    CatchUpOnStart catchUp;

    private static String lost(String name) {
        return ConfigProvider.getConfig().getValue("test.lost." + name, String.class);
    }

    @Test
    void bookingsTheDatabaseLacksAreBackBeforeTheServiceIsReady() {
        String active = lost("active");
        String cancelled = lost("cancelled");

        assertEquals(List.of("ACTIVE"), column("select status from booking where kodebooking = ?", active));
        assertEquals(List.of(2), column("select angkaantrean from booking where kodebooking = ?", cancelled));
        assertEquals(List.of("CANCELLED"), column("select status from booking where kodebooking = ?", cancelled));
        // the schedule, lost too, comes back from the events; the cancelled booking holds no place
        assertEquals(List.of(2), column("select last_number from doctor_schedule where kodepoli = ?", lost("kodepoli")));
        assertEquals(List.of(1), column("select held_jkn from doctor_schedule where kodepoli = ?", lost("kodepoli")));
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("booking-catch-up"));
    }

    @Test
    void notReadyUntilTheCatchUpHasFinished() throws Exception {
        try (Connection held = PostgresTestResource.connect("antrean")) {
            held.setAutoCommit(false);
            try (Statement st = held.createStatement()) {
                // the catch-up's first statement waits for this lock: it cannot finish while it is held
                st.execute("lock table booking in access exclusive mode");
            }
            catchUp.run();

            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'booking-catch-up' }.status", org.hamcrest.Matchers.equalTo("DOWN"));
            held.rollback();
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/q/health/ready").then().extract().statusCode() == 200);
    }
}
