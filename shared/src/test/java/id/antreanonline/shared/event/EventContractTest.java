package id.antreanonline.shared.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The published description of the events (docs/events/) is what the services write: a real instance of every event,
 * serialised as the outbox does, validates against its JSON Schema, and the AsyncAPI document names every topic.
 */
class EventContractTest {

    private static final Path EVENTS = Path.of("..", "docs", "events");

    /** The settings of Quarkus' ObjectMapper that the outbox serialises with (its defaults; no service changes them). */
    private static final ObjectMapper OUTBOX = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The strictest reader: an unknown field would fail it. */
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Test
    void everyEventAsTheOutboxWritesItMatchesItsSchemaAndCarriesItsVersion() throws IOException {
        for (VersionedEvent event : everyKindOfEvent()) {
            String json = OUTBOX.writeValueAsString(event);
            Schema schema = SCHEMAS.getSchema(Files.readString(schemaOf(event.getClass())), InputFormat.JSON);
            List<Error> errors = schema.validate(json, InputFormat.JSON);
            assertTrue(errors.isEmpty(), event.getClass().getSimpleName() + " " + errors);
            assertEquals(1, OUTBOX.readTree(json).get("schemaVersion").asInt());
        }
    }

    @Test
    void eventsWrittenWithOrWithoutTheVersionAreRead() throws IOException {
        for (VersionedEvent event : everyKindOfEvent()) {
            ObjectNode json = (ObjectNode) OUTBOX.valueToTree(event);
            assertEquals(event, STRICT.treeToValue(json, event.getClass()));
            json.remove("schemaVersion");
            assertEquals(event, STRICT.treeToValue(json, event.getClass()), "an event written before the version");
        }
    }

    @Test
    void theAsyncApiDocumentNamesEveryTopicAndEverySchema() throws IOException, IllegalAccessException {
        String asyncApi = Files.readString(EVENTS.resolve("asyncapi.yaml"));
        assertTrue(asyncApi.startsWith("asyncapi: 3.0.0"));
        for (Field f : Topics.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String topic = (String) f.get(null);
                assertTrue(asyncApi.contains("address: " + topic + "\n"), "the AsyncAPI document lacks " + topic);
            }
        }
        for (VersionedEvent event : everyKindOfEvent()) {
            assertTrue(asyncApi.contains("./" + schemaOf(event.getClass()).getFileName()),
                    "the AsyncAPI document lacks " + event.getClass().getSimpleName());
        }
    }

    /** {@code BookingEvent} is described by {@code booking-event.schema.json}. */
    private static Path schemaOf(Class<?> type) {
        String file = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return EVENTS.resolve(file + ".schema.json");
    }

    /** One of each kind of every topic's event, filled as the services fill them. */
    private static List<VersionedEvent> everyKindOfEvent() {
        long now = 1_764_460_800_000L;
        BookingSnapshot booking = BookingSnapshot.builder()
                .kodebooking("20261130ANA0001")
                .jenispasien("JKN")
                .patient("3212345678900001", "0001234567890", "081234567890", "00012345")
                .newPatient(false)
                .practice("ANA", "Anak", "12345", "dr. Anak", "2026-11-30", "08:00-12:00")
                .referral(1, "0301R0011121K000001")
                .number("A-12", 12, now + 3_600_000L)
                .jknQuota(29, 30)
                .nonJknQuota(30, 30)
                .keterangan("Peserta harap 30 menit lebih awal")
                .build();
        BookingSnapshot walkIn = BookingSnapshot.builder().kodebooking("20261130ANA0002").jenispasien("NON JKN")
                .patient("3212345678900002", "", "", null).newPatient(true)
                .practice("ANA", "Anak", "12345", "dr. Anak", "2026-11-30", "08:00-12:00").referral(0, null)
                .number("A-13", 13, now).jknQuota(29, 30).nonJknQuota(29, 30).keterangan(null).build();
        String kb = booking.kodebooking();
        BookingEvent created = new BookingEvent("e1", BookingEvent.Kind.CREATED, kb, now, BookingSource.MOBILE_JKN,
                booking, null, null);
        BookingEvent onsite = new BookingEvent("e2", BookingEvent.Kind.CREATED, walkIn.kodebooking(), now,
                BookingSource.ONSITE, walkIn, null, null);
        BookingEvent checkedIn = new BookingEvent("e3", BookingEvent.Kind.CHECKED_IN, kb, now,
                BookingSource.MOBILE_JKN, booking, null, new BookingEvent.CheckIn(3, now));
        BookingEvent cancelled = new BookingEvent("e4", BookingEvent.Kind.CANCELLED, kb, now,
                BookingSource.MOBILE_JKN, booking, new BookingEvent.Cancellation(CancelledBy.HOSPITAL, "dokter cuti"),
                null);
        // a booking of the previous queue system, with the tasks it already sent to BPJS
        BookingEvent migrated = new BookingEvent("e5", BookingEvent.Kind.CREATED, walkIn.kodebooking(), now,
                BookingSource.ONSITE, walkIn, null, null, new BookingEvent.Migrated(List.of(
                        new BookingEvent.TaskSent(1, now - 60_000), new BookingEvent.TaskSent(2, now))));
        List<VersionedEvent> events = new ArrayList<>(List.of(created, onsite, checkedIn, cancelled, migrated));
        events.add(VisitEvent.of("v1", created));
        events.add(VisitEvent.of("v4", migrated));
        events.add(VisitEvent.of("v2", checkedIn));
        events.add(VisitEvent.of("v3", cancelled));
        events.add(new TaskEvent("t1", TaskEvent.Kind.TASK, kb, BookingSource.MOBILE_JKN, 4, now, null, null, null,
                now));
        events.add(new TaskEvent("t2", TaskEvent.Kind.PHARMACY_NUMBER, kb, BookingSource.ONSITE, null, null,
                "non racikan", 7, "", now));
        events.add(new TaskEvent("t3", TaskEvent.Kind.TASK, kb, BookingSource.MOBILE_JKN, 6, now, "racikan", null,
                null, now));
        events.add(new DeliveryOutcomeEvent("o1", "t1", kb, DeliveryOutcomeEvent.BpjsCall.UPDATE_WAKTU, 4,
                DeliveryOutcomeEvent.Status.DELIVERED, 200, "Ok", now));
        events.add(new DeliveryOutcomeEvent("o2", "e2", walkIn.kodebooking(), DeliveryOutcomeEvent.BpjsCall.ANTREAN_ADD,
                null, DeliveryOutcomeEvent.Status.PARKED, 201, "Poli tidak ditemukan", now));
        events.add(new PatientEvent("p1", PatientEvent.Kind.REGISTERED, "00012345", "0001234567890",
                "3212345678900001", false, now));
        events.add(new PatientEvent("p2", PatientEvent.Kind.UPDATED, "00012346", null, "3212345678900003", true, now));
        events.add(new PatientEvent("p3", PatientEvent.Kind.REGISTERED, "RM-0001", "0001234567891",
                "3212345678900004", true, now, true));
        events.add(new StaffAccountEvent("s1", "simrs:rs-sehat", now / 1000, false, now));
        return events;
    }
}
