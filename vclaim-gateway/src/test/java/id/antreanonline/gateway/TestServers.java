package id.antreanonline.gateway;

import id.antreanonline.testsupport.BpjsSimulatorTestResource;
import id.antreanonline.testsupport.KafkaTestResource;
import id.antreanonline.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL, Kafka and bpjs-simulator for every test of this module (started once, without Docker). */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(BpjsSimulatorTestResource.class)
public class TestServers {
}
