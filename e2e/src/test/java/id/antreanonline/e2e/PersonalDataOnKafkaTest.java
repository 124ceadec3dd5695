package id.antreanonline.e2e;

import static id.antreanonline.e2e.Api.FARMASI;
import static id.antreanonline.e2e.Api.expectCode;
import static id.antreanonline.e2e.Api.wsrs;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where a patient's identifiers travel on Kafka after a whole visit: only to topics whose consumers use them. The
 * topics are asked of the broker, so a topic added later is checked without touching this test.
 */
@ExtendWith(Stack.class)
class PersonalDataOnKafkaTest {

    static final String BOOTSTRAP = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");

    static final String KHANZA_PATIENTS = "khanza.sik.pasien";
    static final String KHANZA_BOOKINGS = "khanza.sik.referensi_mobilejkn_bpjs";

    /**
     * The topics each identifier may be on. antrean.bookings: vclaim-gateway sends NIK, card number and phone to BPJS's
     * antrean/add. pasien.patients: NIK and card number, for the read model antrean-service is to keep (ambilantrean
     * finds a patient by either); not the phone. khanza.sik.pasien and khanza.sik.referensi_mobilejkn_bpjs: SIMRS
     * Khanza's own tables as its binlog records them (the stack runs with Khanza), read only by the bridge: a patient
     * numbered by Khanza is written into its patient table with name and all. The name is on no topic of ours.
     */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "nik", Set.of("antrean.bookings", "pasien.patients", KHANZA_PATIENTS, KHANZA_BOOKINGS),
            "nomorkartu", Set.of("antrean.bookings", "pasien.patients", KHANZA_PATIENTS, KHANZA_BOOKINGS),
            "nohp", Set.of("antrean.bookings", KHANZA_PATIENTS, KHANZA_BOOKINGS),
            "nama", Set.of(KHANZA_PATIENTS));

    @Test
    void noTopicCarriesTheNikOrPhoneWhereNoConsumerUsesThem() {
        // fresh random digits: a 16-digit NIK and a 12-digit phone number no other record holds
        Api.Person person = Api.Person.fresh();
        String kodebooking = Visits.onsiteNewPatient("INT", person);
        Visits.checkIn(kodebooking);
        Visits.recordAll(kodebooking, List.of(2, 3, 4, 5), "non racikan");
        expectCode(wsrs(FARMASI, "ambilantreanfarmasi", Map.of("kodebooking", kodebooking)), 200);
        Visits.recordAll(kodebooking, List.of(6, 7), null);
        Visits.awaitDeliveredInOrder(kodebooking, List.of(1, 2, 3, 4, 5, 6, 7));
        // every outcome is on antrean.delivery-outcomes once the timeline shows it
        await().atMost(JourneyTest.DELIVERY).until(() -> JourneyTest.timeline(kodebooking)
                .getList("tasks.delivery.status").stream().allMatch("delivered"::equals));

        Map<String, List<String>> topics = everyRecord();
        assertTrue(topics.keySet().containsAll(List.of("antrean.bookings", "antrean.visits", "antrean.tasks",
                "antrean.delivery-outcomes", "pasien.patients")), "topics: " + topics.keySet());
        // the search finds what is there: the visit on every topic it travels, the identifiers where they belong
        for (String topic : List.of("antrean.bookings", "antrean.visits", "antrean.tasks", "antrean.delivery-outcomes")) {
            assertTrue(holds(topics.get(topic), kodebooking), kodebooking + " not found on " + topic);
        }
        assertTrue(holds(topics.get("antrean.bookings"), person.nohp()));
        assertTrue(holds(topics.get("pasien.patients"), person.nik()));

        Map<String, String> values = Map.of("nik", person.nik(), "nomorkartu", person.nomorkartu(),
                "nohp", person.nohp(), "nama", person.nama());
        Map<String, Set<String>> found = new HashMap<>();
        values.forEach((field, value) -> topics.forEach((topic, records) -> {
            if (holds(records, value)) {
                found.computeIfAbsent(field, f -> new TreeSet<>()).add(topic);
            }
        }));
        for (String field : values.keySet()) {
            Set<String> on = found.getOrDefault(field, Set.of());
            assertTrue(ALLOWED.get(field).containsAll(on), field + " found on " + on + ", allowed only on "
                    + ALLOWED.get(field));
        }
        // numbered by Khanza, the patient is written into Khanza's patient table, which its binlog then carries
        assertEquals(Set.of("antrean.bookings", "pasien.patients", KHANZA_PATIENTS), found.get("nik"));
    }

    private static boolean holds(List<String> records, String value) {
        return records.stream().anyMatch(r -> r.contains(value));
    }

    /** Every record (key and value as text) of every topic the broker has, from the beginning to the end of now. */
    private static Map<String, List<String>> everyRecord() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        Set<String> names;
        try (Admin admin = Admin.create(props)) {
            // internal topics (__consumer_offsets and the like) are left out
            names = admin.listTopics().names().get();
        } catch (Exception e) {
            throw new IllegalStateException("the broker at " + BOOTSTRAP + " did not list its topics", e);
        }
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, List<String>> records = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : names) {
                records.put(topic, new ArrayList<>());
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    records.get(r.topic()).add(text(r.key()) + " " + text(r.value()));
                }
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return records;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
