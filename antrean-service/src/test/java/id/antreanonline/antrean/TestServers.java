package id.antreanonline.antrean;

import id.antreanonline.testsupport.KafkaTestResource;
import id.antreanonline.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Real PostgreSQL and Kafka for every test of this module (started once, without Docker), and small HTTP stand-ins
 * for pasien-service and vclaim-gateway.
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "antrean"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(FakeNeighbours.class)
public class TestServers {
}
