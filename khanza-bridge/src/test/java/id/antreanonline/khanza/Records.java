package id.antreanonline.khanza;

import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import id.antreanonline.testsupport.KafkaTestResource;

/** Records put on the tests' broker as their writers would (antrean-service, Debezium), each acknowledged. */
final class Records {

    private static KafkaProducer<String, String> producer;

    private Records() {
    }

    static synchronized void send(String topic, String key, String value) throws Exception {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of("bootstrap.servers", KafkaTestResource.bootstrapServers()),
                    new StringSerializer(), new StringSerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close));
        }
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }
}
