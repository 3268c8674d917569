package app.saidwho.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Optional;

/** A teacher or the admin; the password is kept only as a bcrypt hash. */
@Entity
@UserDefinition
public class Account extends PanacheEntity {
    public static final String TEACHER = "teacher";
    public static final String ADMIN = "admin";

    @Username
    public String username;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    /** "admin,teacher", "teacher", or "disabled" (no page allows it) for a teacher the admin disabled. */
    @Roles
    public String role;

    public boolean enabled;
    public Instant createdAt;

    /** Random, not a counter, so a cookie cannot claim the next one; see {@link AccountSessions}. */
    public String sessionVersion;

    /** The teacher's time zone (an IANA id such as Europe/Berlin): dates on teacher pages are shown in it. */
    public String timeZone = "UTC";
    /** Set when the admin resets the password: the teacher must choose a new one before anything else. */
    public boolean mustChangePassword;
    /** Days after which this teacher's learners' attempts are removed; null keeps them (the default). */
    public Integer retentionDays;

    /** The time zone, or UTC when the stored id is unknown to this Java runtime. */
    public java.time.ZoneId zone() {
        try {
            return java.time.ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.UTC;
        }
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** A new password ends every session of the account. */
    public void changePassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password);
        sessionVersion = null;
    }

    public static Account create(String username, String password, String role) {
        Account account = new Account();
        account.username = username;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.role = ADMIN.equals(role) ? ADMIN + "," + TEACHER : TEACHER;
        account.enabled = true;
        account.createdAt = Instant.now();
        account.persist();
        return account;
    }
}
