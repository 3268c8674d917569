package app.saidwho.account;

import app.saidwho.web.FormProblems;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** A teacher's own account: password, time zone, retention period; and the admin's password reset. */
@ApplicationScoped
public class AccountSettings {
    static final int MAX_RETENTION_DAYS = 3650;
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SetAccess access;
    private final Validator validator;

    AccountSettings(SetAccess access, Validator validator) {
        this.access = access;
        this.validator = validator;
    }

    /** The account page's values. */
    public record View(String username, String timeZone, String retentionDays, boolean mustChangePassword) {
    }

    @Transactional
    public View view() {
        Account a = access.signedInEvenIfPasswordMustChange();
        return new View(a.username, a.timeZone, a.retentionDays == null ? "" : a.retentionDays.toString(),
                a.mustChangePassword);
    }

    /** Changes the signed-in teacher's password after checking the current one; the problem otherwise. */
    @Transactional
    public Optional<String> changePassword(String current, String password, String confirmation) {
        Account account = access.signedInEvenIfPasswordMustChange();
        if (current == null || !matches(account.passwordHash, current)) {
            return Optional.of("The current password is not right.");
        }
        Optional<String> problem = FormProblems.first(validator,
                new Credentials(account.username, password, confirmation));
        if (problem.isEmpty() && password.equals(current)) {
            problem = Optional.of("Choose a password different from the current one.");
        }
        if (problem.isPresent()) {
            return problem;
        }
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.mustChangePassword = false;
        return Optional.empty();
    }

    /** Saves the time zone and the retention period (blank: keep attempts); the problem otherwise. */
    @Transactional
    public Optional<String> save(SettingsForm form) {
        Account account = access.signedIn();
        Optional<String> problem = FormProblems.first(validator, form);
        if (problem.isEmpty()) {
            account.timeZone = form.timeZone();
            account.retentionDays = form.retentionDays();
        }
        return problem;
    }

    /** The admin gives a teacher a temporary password, to be changed at the next sign-in; returns it once. */
    @Transactional
    public String resetPassword(Account teacher) {
        StringBuilder temporary = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            temporary.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        teacher.passwordHash = BcryptUtil.bcryptHash(temporary.toString());
        teacher.mustChangePassword = true;
        teacher.sessionVersion = null; // whoever was signed in with the old password is signed out
        return temporary.toString();
    }

    static boolean matches(String hash, String plain) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    new WildFlyElytronPasswordProvider());
            return factory.verify(factory.translate(stored), plain.toCharArray());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
