package id.antreanonline.antrean.service;

import java.util.Set;

import org.jboss.logging.Logger;

import id.antreanonline.antrean.StaffAccount;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.antrean.repository.StaffAccountRepository;
import id.antreanonline.edge.WsrsTokens;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Staff accounts (bcrypt-hashed passwords, roles) and the staff login that issues a bearer JWT. */
@ApplicationScoped
public class StaffService {

    private static final Logger LOG = Logger.getLogger(StaffService.class);
    private static final String REALM = "staff";
    static final String WRONG_LOGIN = "Username atau password salah";
    /** Compared against when the username is unknown, so both failures cost the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-password");

    private final StaffAccountRepository accounts;
    private final CredentialThrottle throttle;
    private final AntreanConfig config;

    StaffService(StaffAccountRepository accounts, CredentialThrottle throttle, AntreanConfig config) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.config = config;
    }

    /** The first administrator (STAFF_ADMIN_USERNAME / STAFF_ADMIN_PASSWORD), created when absent. */
    void createFirstAdmin(@Observes StartupEvent ignored) throws Throwable {
        String username = config.staff().adminUsername();
        String hash = BcryptUtil.bcryptHash(config.staff().adminPassword());
        boolean created = VertxContextSupport.subscribeAndAwait(() -> createIfAbsent(username, hash, Set.of("admin")));
        if (created) {
            LOG.info("first staff administrator account created");
        }
    }

    @WithTransaction
    Uni<Boolean> createIfAbsent(String username, String hash, Set<String> roles) {
        return accounts.findById(username).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(false);
            }
            StaffAccount a = new StaffAccount();
            a.username = username;
            a.passwordHash = hash;
            a.roles = StaffAccount.joinRoles(roles);
            return accounts.persist(a).replaceWith(true);
        });
    }

    public Uni<Void> create(String username, String password, Set<String> roles) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{3,64}")) {
            return Uni.createFrom().failure(new StaffRefused(400,
                    "Username harus 3-64 karakter huruf, angka, titik, garis bawah atau tanda hubung"));
        }
        if (password == null || password.length() < 8 || password.length() > 72) {
            return Uni.createFrom().failure(new StaffRefused(400, "Password harus 8-72 karakter"));
        }
        if (roles == null || roles.isEmpty() || !StaffAccount.ROLES.containsAll(roles)) {
            return Uni.createFrom().failure(new StaffRefused(400, "Peran harus di antara " + StaffAccount.ROLES));
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
                () -> Uni.createFrom().item(() -> verify(account, password))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())));
    }

    @WithSession
    Uni<StaffAccount> find(String username) {
        return accounts.findById(username);
    }

    private String verify(StaffAccount account, String password) {
        boolean ok = BcryptUtil.matches(password, account == null ? DUMMY_HASH : account.passwordHash);
        if (account == null || !ok) {
            throw new StaffRefused(401, WRONG_LOGIN);
        }
        return Jwt.issuer(WsrsTokens.ISSUER).upn(account.username).groups(account.roleSet())
                .expiresIn(config.staff().tokenLifetime()).sign();
    }
}
