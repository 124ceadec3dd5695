package id.antreanonline.farmasi.service;

/** Why a step was refused, with the HTTP status a station sees and a message in Indonesian. */
public record Refusal(Kind kind, String message) {

    public enum Kind {
        BAD_REQUEST(400),
        FORBIDDEN(403),
        NOT_FOUND(404),
        /** out of order, already recorded differently, visit closed */
        CONFLICT(409),
        /** the time cannot be true: back in time, another date, in the future */
        UNPROCESSABLE(422);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    public static Refusal of(Kind kind, String message) {
        return new Refusal(kind, message);
    }
}
