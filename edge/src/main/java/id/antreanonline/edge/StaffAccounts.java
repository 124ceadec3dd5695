package id.antreanonline.edge;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import id.antreanonline.shared.event.StaffAccountEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What this instance knows of the staff accounts whose tokens must be refused: for each account that ever changed,
 * since when its tokens are good and whether it is disabled, as {@link StaffAccountConsumer} read it from
 * {@code antrean.staff-accounts}. An account not here has never been revoked or disabled.
 */
@ApplicationScoped
public class StaffAccounts {

    private record State(long tokensValidAfter, boolean disabled) {
    }

    private final Map<String, State> accounts = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();

    void apply(StaffAccountEvent event) {
        accounts.put(event.username(), new State(event.tokensValidAfter(), event.disabled()));
    }

    /** The topic has been read up to where it ended when this instance started. */
    void markLoaded() {
        loaded.complete(null);
    }

    public boolean isLoaded() {
        return loaded.isDone();
    }

    /**
     * Completes once the topic has been read, or fails with {@link StaffAccountsLoading} after {@code wait}: until
     * then a revoked token cannot be told from a good one.
     */
    Uni<Void> whenLoaded(Duration wait) {
        if (loaded.isDone()) {
            return Uni.createFrom().voidItem();
        }
        // a copy: a caller that stops waiting cancels its own future, never the shared one
        return Uni.createFrom().completionStage(loaded::copy).ifNoItem().after(wait)
                .failWith(StaffAccountsLoading::new);
    }

    /** Whether a token of {@code username} issued at {@code issuedAt} (epoch seconds) is still good. */
    public boolean accepts(String username, long issuedAt) {
        State state = username == null ? null : accounts.get(username);
        return state == null || !state.disabled() && issuedAt >= state.tokensValidAfter();
    }
}
