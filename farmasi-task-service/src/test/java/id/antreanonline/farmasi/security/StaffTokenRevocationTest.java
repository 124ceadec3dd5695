package id.antreanonline.farmasi.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.event.StaffAccountEvent;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.testsupport.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/**
 * antrean-service revokes or disables a staff account and publishes its state on antrean.staff-accounts (as its
 * outbox does): this service refuses the account's earlier tokens within seconds.
 */
@QuarkusTest
class StaffTokenRevocationTest {

    private final String username = "apoteker" + UUID.randomUUID().toString().substring(0, 8);
    private final long now = Instant.now().getEpochSecond();

    private String token(long issuedAt) {
        return Jwt.issuer("antrean-online-rs").upn(username).groups(Set.of("farmasi")).issuedAt(issuedAt)
                .expiresAt(issuedAt + 3600).sign();
    }

    private static int statusWith(String token) {
        return given().auth().oauth2(token).queryParam("tanggal", "2030-01-01").get("/api/dashboard").statusCode();
    }

    private void antreanPublishes(long tokensValidAfter, boolean disabled) throws Exception {
        StaffAccountEvent event = new StaffAccountEvent(UUID.randomUUID().toString(), username, tokensValidAfter,
                disabled, System.currentTimeMillis());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(Topics.STAFF_ACCOUNTS, username,
                    new ObjectMapper().writeValueAsString(event))).get();
        }
    }

    @Test
    void aTokenRevokedAtAntreanIsRefusedHereWithinSeconds() throws Exception {
        String before = token(now - 60);
        await().atMost(Duration.ofSeconds(20)).until(() -> statusWith(before) == 200);

        antreanPublishes(now, false);

        await().atMost(Duration.ofSeconds(10)).until(() -> statusWith(before) == 401);
        assertEquals(200, statusWith(token(now)));
    }

    @Test
    void everyTokenOfAnAccountDisabledAtAntreanIsRefusedHere() throws Exception {
        String token = token(now);
        antreanPublishes(now - 3600, true);
        await().atMost(Duration.ofSeconds(10)).until(() -> statusWith(token) == 401);
        assertEquals(401, statusWith(token(now + 1)));
    }
}
