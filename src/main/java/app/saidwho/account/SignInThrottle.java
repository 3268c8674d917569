package app.saidwho.account;

import app.saidwho.config.SaidWhoConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing, counted in the database so every node sees the same numbers. A sign-in takes
 * a slot before its password is checked: it is stored first, then counted with the others of its address
 * and of its user name within {@code saidwho.sign-in.window}. Over {@code max-failures} (per address) or
 * {@code max-failures-per-account}, it is refused with the seconds to wait. A success gives back only its
 * own slot, so signing in to one account never clears the count of another.
 */
@ApplicationScoped
public class SignInThrottle {
    static final int MAX_KEY = 100;

    private final int maxPerAddress;
    private final int maxPerAccount;
    private final Duration window;

    SignInThrottle(SaidWhoConfig config) {
        this.maxPerAddress = config.signIn().maxFailures();
        this.maxPerAccount = config.signIn().maxFailuresPerAccount();
        this.window = config.signIn().window();
    }

    /** Thrown when a sign-in must wait; the sign-in routes answer it with 429 and Retry-After. */
    public static class Throttled extends RuntimeException {
        private final long seconds;

        Throttled(long seconds) {
            super("Too many sign-ins; try again in " + seconds + " s", null, false, false);
            this.seconds = seconds;
        }

        public long seconds() {
            return seconds;
        }
    }

    /** Takes a slot for this sign-in and returns its id, or throws {@link Throttled}. Blocking. */
    public long admit(String address, String username) {
        String addressKey = key(address);
        String userKey = key(username).toLowerCase(Locale.ROOT);
        long slot = QuarkusTransaction.requiringNew().call(() -> store(addressKey, userKey));
        Optional<Long> wait = QuarkusTransaction.requiringNew().call(() -> waitFor(slot, addressKey, userKey));
        if (wait.isPresent()) {
            throw new Throttled(wait.get());
        }
        return slot;
    }

    /** A sign-in that succeeded no longer counts. */
    public void giveBack(long slot) {
        QuarkusTransaction.requiringNew().run(() -> SignInAttempt.deleteById(slot));
    }

    /** Forgets every attempt (tests, and an admin who unlocks sign-in). */
    public void clear() {
        QuarkusTransaction.requiringNew().run(() -> SignInAttempt.deleteAll());
    }

    private long store(String address, String username) {
        Instant now = Instant.now();
        SignInAttempt.delete("attemptedAt < ?1", now.minus(window));
        SignInAttempt attempt = new SignInAttempt();
        attempt.address = address;
        attempt.username = username;
        attempt.attemptedAt = now;
        attempt.persist();
        return attempt.id;
    }

    /**
     * Counts after the slot is committed, so of any number of sign-ins made at once at most the limit get
     * through; a refused one gives its slot back, so hammering does not grow the table.
     */
    private Optional<Long> waitFor(long slot, String address, String username) {
        Instant now = Instant.now();
        Instant since = now.minus(window);
        Optional<Instant> oldest = Optional.empty();
        if (SignInAttempt.countByAddressSince(address, since) > maxPerAddress) {
            oldest = SignInAttempt.oldestSince("address", address, since);
        } else if (SignInAttempt.countByUsernameSince(username, since) > maxPerAccount) {
            oldest = SignInAttempt.oldestSince("username", username, since);
        } else {
            return Optional.empty();
        }
        SignInAttempt.deleteById(slot);
        long millis = oldest.map(o -> Duration.between(now, o.plus(window)).toMillis()).orElse(window.toMillis());
        return Optional.of(Math.max(1, (millis + 999) / 1000));
    }

    private static String key(String value) {
        String key = value == null ? "" : value.strip();
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }
}
