package id.antreanonline.farmasi.display;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import id.antreanonline.farmasi.rest.TaskResource.TaskResponse;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * Fires {@link TaskAccepted} when {@code POST /api/tasks} answered a newly recorded step. The response is written after
 * the recording transaction committed, so a display that reads its board on this event sees the step. Hooked from
 * outside the task service on purpose: the recording code stays as it is.
 */
@Singleton
public class TaskAcceptedFilter {

    private final Event<TaskAccepted> accepted;

    TaskAcceptedFilter(Event<TaskAccepted> accepted) {
        this.accepted = accepted;
    }

    @ServerResponseFilter
    public void afterRecording(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 200 && "POST".equals(request.getMethod())
                && response.getEntity() instanceof TaskResponse recorded && !recorded.duplicate()) {
            accepted.fire(new TaskAccepted(recorded.kodebooking(), recorded.taskid(), recorded.waktu()));
        }
    }
}
