package id.antreanonline.shared.event;

/**
 * Topic {@link Topics#STAFF_ACCOUNTS}, key {@code username}: what every service needs to refuse a staff token, the
 * account's whole state after a change (password changed or reset, tokens revoked, disabled or enabled). A token is
 * refused when its {@code iat} (epoch seconds) is before {@code tokensValidAfter}, or while the account is disabled.
 * A SIMRS client's tokens are revoked through the same topic: its {@code username} is {@code simrs:<client id>}.
 */
public record StaffAccountEvent(
        String eventId,
        String username,
        long tokensValidAfter,
        boolean disabled,
        long occurredAt) implements VersionedEvent {
}
