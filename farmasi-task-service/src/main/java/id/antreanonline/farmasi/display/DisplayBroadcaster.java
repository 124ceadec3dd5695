package id.antreanonline.farmasi.display;

import java.util.LinkedHashMap;
import java.util.Map;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Hands every {@link TaskAccepted} to the open display streams, once: a step recorded on this instance arrives twice
 * (from the response filter, then from Kafka), the second is dropped.
 */
@ApplicationScoped
public class DisplayBroadcaster {

    private static final int REMEMBERED = 4096;

    /** serialized: steps are recorded on several event-loop threads at once */
    private final SerializedProcessor<TaskAccepted, TaskAccepted> processor = BroadcastProcessor.<TaskAccepted> create()
            .serialized();
    private final Map<String, Boolean> signalled = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    void on(@Observes TaskAccepted event) {
        boolean first;
        synchronized (signalled) {
            first = signalled.put(event.kodebooking() + "/" + event.taskid(), Boolean.TRUE) == null;
        }
        if (first) {
            processor.onNext(event);
        }
    }

    public Multi<TaskAccepted> events() {
        return Multi.createFrom().publisher(processor);
    }
}
