package id.antreanonline.antrean.messaging;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.column;
import static id.antreanonline.antrean.Fixtures.digits;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.event.PatientEvent;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.testsupport.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The patients pasien-service publishes are the bookings' read model: a patient it announced books without a call to
 * pasien-service (the stand-in here does not know these patients), and the latest state of the record counts.
 */
@QuarkusTest
class PatientConsumerTest {

    private static final String HOURS = "08:00-12:00";

    private static void publish(PatientEvent event) throws Exception {
        publish(event, null);
    }

    /** On {@code partition} when given: records of one partition are stored in their order. */
    private static void publish(PatientEvent event, Integer partition) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerSettings())) {
            producer.send(new ProducerRecord<>(Topics.PATIENTS, partition, event.norm(),
                    new ObjectMapper().writeValueAsString(event))).get();
        }
    }

    private static Properties producerSettings() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    private static PatientEvent event(Fixtures.Patient p, boolean complete, long at) {
        return new PatientEvent(UUID.randomUUID().toString(), PatientEvent.Kind.UPDATED, p.norm(), p.nomorkartu(),
                p.nik(), complete, at);
    }

    private static void awaitKnown(Fixtures.Patient p, boolean complete) {
        await().atMost(Duration.ofSeconds(30)).until(() -> column(
                "select complete from patient_ref where norm = ?", p.norm()).equals(List.of(complete)));
    }

    private static JsonPath book(Fixtures.Patient p, boolean withNorm) {
        String kodepoli = poli();
        String kodedokter = doctor();
        LocalDate tomorrow = today().plusDays(1);
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 10);
        var body = new java.util.HashMap<>(ambil(p, kodepoli, kodedokter, tomorrow, HOURS));
        if (!withNorm) {
            body.remove("norm");
        }
        return wsrs("ambilantrean", body);
    }

    @Test
    void aPatientPasienServiceAnnouncedBooksWithoutAskingIt() throws Exception {
        Fixtures.Patient p = new Fixtures.Patient(digits(8), digits(13), digits(16));
        // unknown to pasien-service's stand-in: without the read model this booking is refused (202)
        assertEquals(BpjsEnvelope.PATIENT_UNKNOWN, book(p, true).getInt("metadata.code"));

        publish(event(p, false, System.currentTimeMillis()));
        awaitKnown(p, false);
        JsonPath opened = book(p, false);
        assertEquals(200, opened.getInt("metadata.code"), opened.prettify());
        assertEquals(p.norm(), opened.getString("response.norm"));
        assertEquals(List.of(1), column("select pasienbaru from booking where kodebooking = ?",
                opened.getString("response.kodebooking")));

        // admission completed the record: the next visit is a returning patient's
        publish(event(p, true, System.currentTimeMillis() + 1));
        awaitKnown(p, true);
        JsonPath returning = book(p, true);
        assertEquals(200, returning.getInt("metadata.code"), returning.prettify());
        assertEquals(List.of(0), column("select pasienbaru from booking where kodebooking = ?",
                returning.getString("response.kodebooking")));
    }

    @Test
    void anOlderEventArrivingLateChangesNothing() throws Exception {
        Fixtures.Patient p = new Fixtures.Patient(digits(8), digits(13), digits(16));
        long now = System.currentTimeMillis();
        publish(event(p, true, now));
        awaitKnown(p, true);
        publish(event(p, false, now - 60_000), 0);
        Fixtures.Patient marker = new Fixtures.Patient(digits(8), digits(13), digits(16));
        publish(event(marker, true, now), 0);
        // the marker follows the late event on the same partition: once it is stored, so was the late one
        awaitKnown(marker, true);
        assertEquals(List.of(true), column("select complete from patient_ref where norm = ?", p.norm()));
    }

    @Test
    void severalEventsOfOnePatientInOnePollLeaveTheNewest() throws Exception {
        Fixtures.Patient p = new Fixtures.Patient(digits(8), digits(13), digits(16));
        Fixtures.Patient marker = new Fixtures.Patient(digits(8), digits(13), digits(16));
        long now = System.currentTimeMillis();
        publishTogether(event(p, false, now), event(p, true, now + 1), event(p, false, now - 60_000),
                event(marker, true, now));
        awaitKnown(marker, true);
        assertEquals(List.of(true), column("select complete from patient_ref where norm = ?", p.norm()));
    }

    /** Sent at once on one partition, so that one poll is likely to bring them all. */
    private static void publishTogether(PatientEvent... events) throws Exception {
        Properties props = producerSettings();
        props.put(ProducerConfig.LINGER_MS_CONFIG, "50");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (PatientEvent event : events) {
                producer.send(new ProducerRecord<>(Topics.PATIENTS, 0, event.norm(),
                        new ObjectMapper().writeValueAsString(event)));
            }
            producer.flush();
        }
    }
}
