package id.antreanonline.pasien;

import java.time.Instant;
import java.util.UUID;

/**
 * One import of the SIMRS's patient master: a file uploaded (perhaps in several attempts), its counts, and the last
 * line committed, after which an interrupted upload resumes.
 */
public record ImportJob(UUID id, String format, State state, String sha256, String prefixSha256, long committedLine,
        long bytesRead, Long bytesExpected, Counts counts, String message, String startedBy, Instant createdAt,
        Instant updatedAt, Instant finishedAt) {

    public enum State {
        /** The upload is being read. */
        RUNNING,
        /** The upload broke off (or the server stopped): post the same file again to go on after committedLine. */
        INTERRUPTED,
        /** Every line was read. */
        DONE,
        /** The file cannot be imported (its header): nothing of it was. */
        FAILED
    }

    /** What became of the lines read: each line is counted once, in exactly one of the five outcomes. */
    public record Counts(long read, long created, long updated, long unchanged, long rejected, long conflicts) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        /** Lines whose patient is now as the file says: the new and the changed. */
        public long imported() {
            return created + updated;
        }

        public Counts plus(Counts o) {
            return new Counts(read + o.read, created + o.created, updated + o.updated, unchanged + o.unchanged,
                    rejected + o.rejected, conflicts + o.conflicts);
        }
    }

    /** A line not applied: it breaks a rule (REJECTED), or its NIK or card number is another norm's (CONFLICT). */
    public record Rejection(long line, Kind kind, String reason, String norm, String otherNorm) {

        public enum Kind {
            REJECTED, CONFLICT
        }

        public static Rejection rejected(long line, String norm, String reason) {
            return new Rejection(line, Kind.REJECTED, reason, norm, null);
        }

        public static Rejection conflict(long line, String norm, String otherNorm, String reason) {
            return new Rejection(line, Kind.CONFLICT, reason, norm, otherNorm);
        }
    }

    public static ImportJob started(UUID id, String format, String sha256, Long bytesExpected, String startedBy,
            Instant now) {
        return new ImportJob(id, format, State.RUNNING, sha256, null, 0, 0, bytesExpected, Counts.NONE, null,
                startedBy, now, now, null);
    }
}
