package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import id.antreanonline.antrean.StaffAccount;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.antrean.repository.StaffAccountRepository;
import id.antreanonline.edge.WsrsTokens;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.shared.event.StaffAccountEvent;
import id.antreanonline.shared.event.Topics;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Staff accounts (bcrypt-hashed passwords, roles), the staff login that issues a bearer JWT, and every change that
 * revokes tokens (password changed or reset, account disabled, tokens revoked): each is published on
 * antrean.staff-accounts in the same transaction, and every service refuses the revoked tokens from it.
 */
@ApplicationScoped
public class StaffService {

    private static final Logger LOG = Logger.getLogger(StaffService.class);
    private static final String REALM = "staff";
    static final String WRONG_LOGIN = "Username atau password salah";
    static final String DISABLED = "Akun ini dinonaktifkan; hubungi admin";
    static final String WRONG_CURRENT_PASSWORD = "Password saat ini salah";
    static final String NO_SUCH_ACCOUNT = "Akun tidak ditemukan";
    static final String PASSWORD_LENGTH = "Password harus 8-72 karakter";
    /** Compared against when the username is unknown, so both failures cost the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-password");
    /** Token times are the JWT library's and the verifiers': the system clock, never a test's settable Clock. */
    private static final Clock TOKEN_CLOCK = Clock.systemUTC();

    /** What starting with STAFF_ADMIN_USERNAME / STAFF_ADMIN_PASSWORD did to that account. */
    public enum AdminBootstrap {
        CREATED, PASSWORD_SET, UNCHANGED
    }

    /** An account as the admin endpoints answer it. */
    public record AccountState(String username, Set<String> roles, boolean disabled, long tokensValidAfter) {
        static AccountState of(StaffAccount a) {
            return new AccountState(a.username, a.roleSet(), a.disabled, a.tokensValidAfter);
        }
    }

    private final StaffAccountRepository accounts;
    private final CredentialThrottle throttle;
    private final AntreanConfig config;
    private final Outbox outbox;

    StaffService(StaffAccountRepository accounts, CredentialThrottle throttle, AntreanConfig config, Outbox outbox) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.config = config;
        this.outbox = outbox;
    }

    /**
     * The first administrator (STAFF_ADMIN_USERNAME / STAFF_ADMIN_PASSWORD), created when absent. A STAFF_ADMIN_PASSWORD
     * other than the one last applied becomes the administrator's password (the account enabled, its tokens
     * revoked): the operator's way back in. The same one again keeps a password changed from the console.
     */
    void startWithAdmin(@Observes StartupEvent ignored) throws Throwable {
        String username = config.staff().adminUsername();
        String password = config.staff().adminPassword();
        String hash = BcryptUtil.bcryptHash(password);
        AdminBootstrap outcome = VertxContextSupport.subscribeAndAwait(() -> applyAdminPassword(username, password,
                hash));
        switch (outcome) {
            case CREATED -> LOG.info("first staff administrator account created");
            case PASSWORD_SET -> LOG.info("STAFF_ADMIN_PASSWORD changed: the administrator's password is set to it, "
                    + "the account enabled and its tokens revoked");
            case UNCHANGED -> LOG.debug("STAFF_ADMIN_PASSWORD unchanged");
        }
    }

    /** @param hash a bcrypt hash of {@code password}, made before the transaction */
    @WithTransaction
    Uni<AdminBootstrap> applyAdminPassword(String username, String password, String hash) {
        return accounts.lock(username).chain(account -> accounts.appliedAdminPassword(username).chain(applied -> {
            if (applied != null && BcryptUtil.matches(password, applied)) {
                return Uni.createFrom().item(AdminBootstrap.UNCHANGED);
            }
            Uni<AdminBootstrap> outcome;
            if (account == null) {
                outcome = accounts.persist(newAccount(username, hash, Set.of("admin")))
                        .replaceWith(AdminBootstrap.CREATED);
            } else if (!account.disabled && BcryptUtil.matches(password, account.passwordHash)) {
                outcome = Uni.createFrom().item(AdminBootstrap.UNCHANGED); // first start since this was remembered
            } else {
                Instant now = TOKEN_CLOCK.instant();
                account.changePassword(hash, now);
                account.enable();
                outcome = publish(account, now).replaceWith(AdminBootstrap.PASSWORD_SET);
            }
            return outcome.call(() -> accounts.rememberAdminPassword(username, hash));
        }));
    }

    @WithTransaction
    Uni<Boolean> createIfAbsent(String username, String hash, Set<String> roles) {
        return accounts.findById(username).chain(existing -> existing != null ? Uni.createFrom().item(false)
                : accounts.persist(newAccount(username, hash, roles)).replaceWith(true));
    }

    private static StaffAccount newAccount(String username, String hash, Set<String> roles) {
        StaffAccount a = new StaffAccount();
        a.username = username;
        a.passwordHash = hash;
        a.roles = StaffAccount.joinRoles(roles);
        return a;
    }

    public Uni<Void> create(String username, String password, Set<String> roles) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{3,64}")) {
            return Uni.createFrom().failure(new StaffRefused(400,
                    "Username harus 3-64 karakter huruf, angka, titik, garis bawah atau tanda hubung"));
        }
        if (!acceptablePassword(password)) {
            return Uni.createFrom().failure(new StaffRefused(400, PASSWORD_LENGTH));
        }
        if (roles == null || roles.isEmpty() || !StaffAccount.ROLES.containsAll(roles)) {
            return Uni.createFrom().failure(new StaffRefused(400, "Peran harus di antara " + StaffAccount.ROLES));
        }
        // a kiosk stands in the lobby: a device account that carries a staff role would open staff endpoints there
        if (roles.contains(StaffAccount.KIOSK) && roles.size() > 1) {
            return Uni.createFrom().failure(new StaffRefused(400, "Peran kiosk tidak dapat digabung dengan peran lain"));
        }
        // hashing blocks the event loop for a few ms: acceptable for the rare account creation
        return createIfAbsent(username, BcryptUtil.bcryptHash(password), roles)
                .chain(created -> created ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new StaffRefused(409, "Username sudah dipakai")));
    }

    public Uni<String> login(String username, String password, String address) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            // bad input, not a wrong login: said the same way farmasi-task-service's login form says it
            return Uni.createFrom().failure(new StaffRefused(400, "Username dan password wajib diisi"));
        }
        // the account is read on the event loop (its session needs it); the throttle then counts before bcrypt runs
        return find(username).chain(account -> throttle.guard(REALM, username, address,
                () -> Uni.createFrom().item(() -> {
                    verify(account, password, new StaffRefused(401, WRONG_LOGIN));
                    if (account.disabled) {
                        throw new StaffRefused(401, DISABLED);
                    }
                    return token(account);
                }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())));
    }

    /**
     * A staff member's own new password, given the current one (throttled like the login): every earlier token of
     * the account is revoked, and the answer is a token issued after that.
     */
    public Uni<String> changeOwnPassword(String username, String currentPassword, String newPassword,
            String address) {
        if (currentPassword == null) {
            return Uni.createFrom().failure(new StaffRefused(400, WRONG_CURRENT_PASSWORD));
        }
        if (!acceptablePassword(newPassword)) {
            return Uni.createFrom().failure(new StaffRefused(400, PASSWORD_LENGTH));
        }
        return find(username).chain(account -> throttle.guard(REALM, username, address, () -> blocking(() -> {
            verify(account, currentPassword, new StaffRefused(400, WRONG_CURRENT_PASSWORD));
            return BcryptUtil.bcryptHash(newPassword);
        }))).chain(hash -> change(username, (account, now) -> account.changePassword(hash, now)))
                .map(this::token);
    }

    @WithSession
    public Uni<List<AccountState>> accounts() {
        return accounts.listAll(Sort.by("username")).map(all -> all.stream().map(AccountState::of).toList());
    }

    /** An administrator sets another account's password; its tokens are revoked. */
    public Uni<AccountState> resetPassword(String username, String newPassword) {
        if (!acceptablePassword(newPassword)) {
            return Uni.createFrom().failure(new StaffRefused(400, PASSWORD_LENGTH));
        }
        return blocking(() -> BcryptUtil.bcryptHash(newPassword)).chain(hash -> change(username, (account, now) -> account.changePassword(hash, now)))
                .map(AccountState::of);
    }

    /** Disables (and revokes the tokens of) or enables an account; an administrator cannot lock itself out. */
    public Uni<AccountState> setDisabled(String username, boolean disabled, String byAdmin) {
        if (disabled && username.equals(byAdmin)) {
            return Uni.createFrom().failure(new StaffRefused(409, "Admin tidak dapat menonaktifkan akunnya sendiri"));
        }
        return change(username, (account, now) -> {
            if (disabled) {
                account.disable(now);
            } else {
                account.enable();
            }
        }).map(AccountState::of);
    }

    /** Every token issued to the account so far is refused from now on, in every service. */
    public Uni<AccountState> revokeTokens(String username) {
        return change(username, StaffAccount::revokeTokens).map(AccountState::of);
    }

    private interface Change {
        void apply(StaffAccount account, Instant now);
    }

    /** Changes the locked account and publishes its new state in the same transaction. */
    @WithTransaction
    Uni<StaffAccount> change(String username, Change change) {
        return accounts.lock(username).chain(account -> {
            if (account == null) {
                return Uni.createFrom().failure(new StaffRefused(404, NO_SUCH_ACCOUNT));
            }
            Instant now = TOKEN_CLOCK.instant();
            change.apply(account, now);
            return publish(account, now).replaceWith(account);
        });
    }

    private Uni<Void> publish(StaffAccount account, Instant now) {
        StaffAccountEvent event = account.changed(now);
        return outbox.publish(Topics.STAFF_ACCOUNTS, account.username, event.eventId(), event);
    }

    @WithSession
    Uni<StaffAccount> find(String username) {
        return accounts.findById(username);
    }

    /** bcrypt off the event loop, answered back on the caller's Vert.x context, where its session lives. */
    private static <T> Uni<T> blocking(Supplier<T> work) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            Uni<T> done = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
            return context == null ? done : done.emitOn(task -> context.runOnContext(ignored -> task.run()));
        });
    }

    private static boolean acceptablePassword(String password) {
        return password != null && password.length() >= 8 && password.length() <= 72;
    }

    /** Throws {@code refusal} unless the password is the account's; an unknown account costs the same time. */
    private static void verify(StaffAccount account, String password, StaffRefused refusal) {
        boolean ok = BcryptUtil.matches(password, account == null ? DUMMY_HASH : account.passwordHash);
        if (account == null || !ok) {
            throw refusal;
        }
    }

    private String token(StaffAccount account) {
        long issuedAt = account.tokenIssuedAt(TOKEN_CLOCK.instant());
        return Jwt.issuer(WsrsTokens.ISSUER).upn(account.username).groups(account.roleSet()).issuedAt(issuedAt)
                .expiresAt(issuedAt + config.staff().tokenLifetime().toSeconds()).sign();
    }
}
