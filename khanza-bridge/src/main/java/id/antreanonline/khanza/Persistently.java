package id.antreanonline.khanza;

import java.sql.SQLException;
import java.time.Duration;

import org.jboss.logging.Logger;

/**
 * How the bridge applies one change, in either direction, so that nothing is lost and nothing waits for ever behind
 * something that cannot be done: what is away (Khanza's database, one of our services) is tried again, 1 s doubling
 * to 30 s, for as long as it takes; what is not there yet (a patient, a visit) is tried the same way for a while and
 * then left with a warning; what can never be done is left at once with a warning. A consumer calls it with its
 * record and moves its offset on only when it returns.
 */
final class Persistently {

    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    /** Cannot be done as it stands (an unmapped poli, a refusal by a rule): trying again will not help. */
    static class Unwritable extends Exception {
        Unwritable(String message) {
            super(message);
        }
    }

    /** Something it needs is not there yet (the patient, the visit); the same change later will do. */
    static class NotYet extends Exception {
        NotYet(String message) {
            super(message);
        }
    }

    /** A service of this project did not answer, or answered that it cannot now (5xx, 503): try again. */
    static class Away extends Exception {
        Away(String message) {
            super(message);
        }
    }

    @FunctionalInterface
    interface Step {
        /** @return a line for the log when the change did something, null when there was nothing to do */
        String apply() throws SQLException, Away, Unwritable, NotYet;
    }

    private Persistently() {
    }

    /**
     * Applies {@code step} until it is done or left. {@code what} names the change in the log: codes and numbers
     * only (a kodebooking, a no_rawat, a norm), never a name, NIK, card or phone.
     */
    static void apply(Logger log, String what, Duration patience, Step step) throws InterruptedException {
        long waitingSince = System.nanoTime();
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                String done = step.apply();
                if (done != null) {
                    log.info(done);
                }
                return;
            } catch (Unwritable e) {
                log.warnf("%s left: %s", what, e.getMessage());
                return;
            } catch (NotYet e) {
                if (System.nanoTime() - waitingSince > patience.toNanos()) {
                    log.warnf("%s left after waiting %d s: %s", what, patience.toSeconds(), e.getMessage());
                    return;
                }
            } catch (SQLException e) {
                log.warnf("%s: Khanza's database did not answer (%s), trying again in %d s", what,
                        e.getClass().getSimpleName(), pause.toSeconds());
            } catch (Away e) {
                log.warnf("%s: %s, trying again in %d s", what, e.getMessage(), pause.toSeconds());
            }
            Thread.sleep(pause.toMillis()); // a consumer's own back-off: nothing to wait on but time
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }
}
