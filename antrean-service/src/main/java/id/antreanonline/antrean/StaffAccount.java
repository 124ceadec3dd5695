package id.antreanonline.antrean;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A hospital staff member who may use the staff API; the password is stored as a bcrypt hash only. Its tokens are
 * revoked as every {@link RevocableAccount}'s.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends RevocableAccount {

    public static final Set<String> ROLES = Set.of("admin", "admisi", "poli", "farmasi", StaffAccount.KIOSK);
    /** A self-service kiosk in the lobby (a device, not a person): it may call the kiosk's endpoints only. */
    public static final String KIOSK = "kiosk";

    @Id
    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    /** Comma-separated roles among {@link #ROLES}. */
    public String roles;

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .collect(Collectors.toSet());
    }

    public static String joinRoles(Set<String> roles) {
        return roles.stream().sorted().collect(Collectors.joining(","));
    }

    public void changePassword(String hash, Instant now) {
        passwordHash = hash;
        revokeTokens(now);
    }

    @Override
    public String principal() {
        return username;
    }
}
