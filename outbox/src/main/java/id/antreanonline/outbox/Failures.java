package id.antreanonline.outbox;

/** What a log line may say of a failure: its innermost cause, found the same way everywhere. */
public final class Failures {

    private Failures() {
    }

    /** The innermost cause (bounded: a cycle of causes cannot loop). */
    public static Throwable root(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t.getCause() != null && t.getCause() != t && depth < 20; depth++) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * The innermost cause's type only: a message may quote a record or a statement's values (personal data), so
     * log lines about data never carry one.
     */
    public static String typeOf(Throwable failure) {
        return root(failure).getClass().getSimpleName();
    }
}
