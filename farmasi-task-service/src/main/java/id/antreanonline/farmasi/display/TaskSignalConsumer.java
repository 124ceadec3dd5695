package id.antreanonline.farmasi.display;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.event.TaskEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * Tells this instance's displays about every step recorded on <em>any</em> instance: a display's stream is held by one
 * replica, a clerk's call may land on another. Each instance reads {@code antrean.tasks} in its own consumer group
 * from the moment it starts and commits nothing (a missed signal costs a display one board read, which its periodic
 * poll does anyway). Steps recorded here were already signalled by {@link TaskAcceptedFilter}; the broadcaster drops
 * the second one. Check-ins (task 3, recorded from the booking stream) become live this way too.
 */
@ApplicationScoped
public class TaskSignalConsumer {

    private final ObjectMapper mapper;
    private final Event<TaskAccepted> accepted;

    TaskSignalConsumer(ObjectMapper mapper, Event<TaskAccepted> accepted) {
        this.mapper = mapper;
        this.accepted = accepted;
    }

    @Incoming("task-signals")
    public void on(String payload) {
        TaskEvent event;
        try {
            event = mapper.readValue(payload, TaskEvent.class);
        } catch (Exception unreadable) {
            return; // a display signal only: the delivery consumers report unreadable records
        }
        if (event != null && event.kind() == TaskEvent.Kind.TASK && event.kodebooking() != null
                && event.taskid() != null && event.waktu() != null) {
            accepted.fire(new TaskAccepted(event.kodebooking(), event.taskid(), event.waktu()));
        }
    }
}
