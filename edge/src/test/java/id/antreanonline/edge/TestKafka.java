package id.antreanonline.edge;

import id.antreanonline.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** A real Kafka for every test of this module: the edge reads the staff accounts' topic in every service. */
@QuarkusTestResource(KafkaTestResource.class)
public class TestKafka {
}
