package app.saidwho.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a teacher's password must be: 10 characters or more, at most 72 bytes in UTF-8 (bcrypt reads no
 * further, and would silently ignore the rest), not blank or one character repeated, not the user name,
 * not on the small list of common passwords in {@code account/common-passwords.txt}.
 */
public final class PasswordRules {
    static final int MIN_CHARACTERS = 10;
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** Why the password cannot be used, or empty when it can. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_CHARACTERS) {
            return Optional.of("Use a password of at least " + MIN_CHARACTERS + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use a password of at most " + MAX_BYTES + " bytes (about 70 letters; fewer with "
                    + "accents or other scripts): a longer one would only be checked up to that point.");
        }
        String plain = password.strip().toLowerCase(Locale.ROOT);
        if (plain.isEmpty() || plain.codePoints().distinct().count() == 1) {
            return Optional.of("Use a password that is not one character repeated.");
        }
        if (username != null && plain.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Use a password that does not contain the user name.");
        }
        if (COMMON.contains(plain)) {
            return Optional.of("This password is on the lists of common passwords that are tried first. "
                    + "Use a longer phrase of your own.");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/account/common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
