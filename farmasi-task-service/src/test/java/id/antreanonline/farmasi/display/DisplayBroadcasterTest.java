package id.antreanonline.farmasi.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

class DisplayBroadcasterTest {

    @Test
    void aStepHeardFromTheFilterAndFromKafkaIsSignalledOnce() {
        DisplayBroadcaster broadcaster = new DisplayBroadcaster();
        List<TaskAccepted> heard = new CopyOnWriteArrayList<>();
        broadcaster.events().subscribe().with(heard::add);

        broadcaster.on(new TaskAccepted("KB1", 4, 1_000L)); // the response filter, on this instance
        broadcaster.on(new TaskAccepted("KB1", 4, 1_000L)); // the same step back from antrean.tasks
        broadcaster.on(new TaskAccepted("KB1", 5, 2_000L));
        broadcaster.on(new TaskAccepted("KB2", 4, 3_000L));

        assertEquals(List.of(new TaskAccepted("KB1", 4, 1_000L), new TaskAccepted("KB1", 5, 2_000L),
                new TaskAccepted("KB2", 4, 3_000L)), heard);
    }
}
