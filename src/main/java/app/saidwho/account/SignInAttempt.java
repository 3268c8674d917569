package app.saidwho.account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Optional;

/** One sign-in that reached the password check, kept until it leaves the throttle's window (or succeeds). */
@Entity
public class SignInAttempt extends PanacheEntity {
    public String address;
    public String username;
    public Instant attemptedAt;

    static long countByAddressSince(String address, Instant since) {
        return count("address = ?1 and attemptedAt >= ?2", address, since);
    }

    static long countByUsernameSince(String username, Instant since) {
        return count("username = ?1 and attemptedAt >= ?2", username, since);
    }

    /** When the oldest attempt still counting against this address or user name was made. */
    static Optional<Instant> oldestSince(String field, String value, Instant since) {
        return find(field + " = ?1 and attemptedAt >= ?2 order by attemptedAt", value, since)
                .firstResultOptional().map(attempt -> ((SignInAttempt) attempt).attemptedAt);
    }
}
