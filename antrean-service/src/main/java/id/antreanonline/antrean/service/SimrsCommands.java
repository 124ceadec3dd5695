package id.antreanonline.antrean.service;

import java.util.function.Function;
import java.util.function.Supplier;

import id.antreanonline.antrean.SimrsCommand;
import id.antreanonline.antrean.repository.SimrsCommandRepository;
import id.antreanonline.antrean.repository.SimrsCommandRepository.Remembered;
import id.antreanonline.edge.RequestRefused;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A caller's request under its own event id, applied once: a repeat gets what the first one got, the same id with
 * another request is refused 409. The command is remembered in the transaction that applies it, so a request is
 * either applied and remembered or neither; two copies racing are told apart by the booking's own rules (one booking
 * per patient and poli, a booking cancelled once) and the loser is answered from what the winner remembered.
 */
@ApplicationScoped
public class SimrsCommands {

    private final SimrsCommandRepository commands;

    SimrsCommands(SimrsCommandRepository commands) {
        this.commands = commands;
    }

    /**
     * @param apply applies the request, remembering the command in its transaction
     * @param replay the answer to a repeat, from the booking the first request concerned
     */
    <T> Uni<T> once(SimrsCommand command, Supplier<Uni<T>> apply, Function<String, Uni<T>> replay) {
        if (command == null) {
            return apply.get();
        }
        return commands.find(command).chain(earlier -> earlier != null ? answer(command, earlier, replay)
                : apply.get().onFailure(RequestRefused.class).recoverWithUni(refusal -> commands.find(command)
                        .chain(now -> now == null ? Uni.createFrom().failure(refusal)
                                : answer(command, now, replay))));
    }

    private static <T> Uni<T> answer(SimrsCommand command, Remembered earlier, Function<String, Uni<T>> replay) {
        if (!command.sameRequest(earlier.fingerprint())) {
            return Uni.createFrom().failure(new StaffRefused(409, "eventid " + command.eventId()
                    + " sudah dipakai untuk permintaan lain (kode booking " + earlier.kodebooking()
                    + "); satu eventid untuk satu permintaan"));
        }
        return replay.apply(earlier.kodebooking());
    }
}
