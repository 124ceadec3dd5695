package id.antreanonline.farmasi.display;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** Hands every {@link TaskAccepted} to this instance's open display streams. */
@ApplicationScoped
public class DisplayBroadcaster {

    /** serialized: a signal may arrive while a stream subscribes or leaves on another thread */
    private final SerializedProcessor<TaskAccepted, TaskAccepted> processor = BroadcastProcessor.<TaskAccepted> create()
            .serialized();

    public void signal(TaskAccepted step) {
        processor.onNext(step);
    }

    public Multi<TaskAccepted> events() {
        return Multi.createFrom().publisher(processor);
    }
}
