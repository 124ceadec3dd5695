package id.antreanonline.farmasi.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.farmasi.display.DisplayBroadcaster;
import id.antreanonline.farmasi.display.TaskAccepted;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.TaskEvent;

class TaskSignalConsumerTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final DisplayBroadcaster displays = new DisplayBroadcaster();
    private final TaskSignalConsumer consumer = new TaskSignalConsumer(mapper, displays);

    @Test
    void everyRecordedStepReachesTheDisplayStreamsInOrder() throws Exception {
        List<TaskAccepted> heard = new CopyOnWriteArrayList<>();
        displays.events().subscribe().with(heard::add);

        consumer.on(mapper.writeValueAsString(step("KB1", 4, 1_000L)));
        consumer.on(mapper.writeValueAsString(step("KB1", 5, 2_000L)));
        consumer.on(mapper.writeValueAsString(step("KB2", 4, 3_000L)));

        assertEquals(List.of(new TaskAccepted("KB1", 4, 1_000L), new TaskAccepted("KB1", 5, 2_000L),
                new TaskAccepted("KB2", 4, 3_000L)), heard);
    }

    @Test
    void aPharmacyNumberOrAnUnreadableRecordSignalsNothing() throws Exception {
        List<TaskAccepted> heard = new CopyOnWriteArrayList<>();
        displays.events().subscribe().with(heard::add);

        consumer.on(mapper.writeValueAsString(new TaskEvent("e1", TaskEvent.Kind.PHARMACY_NUMBER, "KB1",
                BookingSource.MOBILE_JKN, null, null, "racikan", 1, "Resep racikan", 1_000L)));
        consumer.on("{not json");

        assertEquals(List.of(), heard);
    }

    private static TaskEvent step(String kodebooking, int taskid, long waktu) {
        return new TaskEvent("e-" + kodebooking + "-" + taskid, TaskEvent.Kind.TASK, kodebooking,
                BookingSource.MOBILE_JKN, taskid, waktu, null, null, null, waktu);
    }
}
