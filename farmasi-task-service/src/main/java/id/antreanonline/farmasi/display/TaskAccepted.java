package id.antreanonline.farmasi.display;

/**
 * A station step was recorded and committed, on this instance or another. Carries no personal data: the displays only
 * learn that a station's queue changed and read the new board themselves.
 */
public record TaskAccepted(String kodebooking, int taskid, long waktu) {

    /** The stations whose queue or call board a task changes (99 leaves every queue). */
    public boolean concerns(String station) {
        return switch (station) {
            case "admisi" -> taskid == 1 || taskid == 2 || taskid == 3 || taskid == 99;
            case "poli" -> taskid == 3 || taskid == 4 || taskid == 5 || taskid == 99;
            case "farmasi" -> taskid == 5 || taskid == 6 || taskid == 7 || taskid == 99;
            default -> false;
        };
    }
}
