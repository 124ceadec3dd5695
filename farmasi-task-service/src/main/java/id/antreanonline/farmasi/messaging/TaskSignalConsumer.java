package id.antreanonline.farmasi.messaging;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.farmasi.display.DisplayBroadcaster;
import id.antreanonline.farmasi.display.TaskAccepted;
import id.antreanonline.shared.event.TaskEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The displays' one signal path: every step recorded on <em>any</em> instance (a display's stream is held by one
 * replica, a clerk's call may land on another), and check-ins recorded from the booking stream. Each instance reads
 * {@code antrean.tasks} in its own consumer group from the moment it starts and commits nothing: a missed or repeated
 * signal costs a display one board read, which its periodic poll does anyway. The outbox publishes a step only after
 * it committed, so a display that reads its board on the signal sees the step.
 */
@ApplicationScoped
public class TaskSignalConsumer {

    private final ObjectMapper mapper;
    private final DisplayBroadcaster displays;

    TaskSignalConsumer(ObjectMapper mapper, DisplayBroadcaster displays) {
        this.mapper = mapper;
        this.displays = displays;
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
            displays.signal(new TaskAccepted(event.kodebooking(), event.taskid(), event.waktu()));
        }
    }
}
