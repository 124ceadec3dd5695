package id.antreanonline.farmasi.display;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Hands every {@link TaskAccepted} of this instance to the open display streams. */
@ApplicationScoped
public class DisplayBroadcaster {

    /** serialized: steps are recorded on several event-loop threads at once */
    private final SerializedProcessor<TaskAccepted, TaskAccepted> processor = BroadcastProcessor.<TaskAccepted> create()
            .serialized();

    void on(@Observes TaskAccepted event) {
        processor.onNext(event);
    }

    public Multi<TaskAccepted> events() {
        return Multi.createFrom().publisher(processor);
    }
}
