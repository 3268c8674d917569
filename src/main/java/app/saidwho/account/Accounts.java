package app.saidwho.account;

import app.saidwho.config.SaidWhoConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Creates accounts: the first one (the admin) from the one-time setup page, or from configuration for an
 * unattended install (SAIDWHO_ADMIN_USERNAME and SAIDWHO_ADMIN_PASSWORD).
 */
@ApplicationScoped
public class Accounts {
    private static final Logger LOG = Logger.getLogger(Accounts.class);
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    private final SaidWhoConfig.Admin admin;

    Accounts(SaidWhoConfig config) {
        this.admin = config.admin();
    }

    @Transactional
    public boolean noneYet() {
        return Account.count() == 0;
    }

    /** Why these details cannot make an account, or empty when they can. */
    public static Optional<String> problem(String username, String password, String confirmation) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Optional.of("Use 3 to 40 lower-case letters, digits, dots, dashes or underscores for the user name.");
        }
        Optional<String> weak = PasswordRules.problem(username, password);
        if (weak.isPresent()) {
            return weak;
        }
        if (!password.equals(confirmation)) {
            return Optional.of("The two passwords are not the same.");
        }
        return Optional.empty();
    }

    /** The admin, created only while there is no account at all; false when one already exists. */
    @Transactional
    public boolean createFirstAdmin(String username, String password) {
        if (Account.count() > 0) {
            return false;
        }
        Account.create(username, password, Account.ADMIN);
        return true;
    }

    /** The admin from SAIDWHO_ADMIN_USERNAME / SAIDWHO_ADMIN_PASSWORD, on a new install (see {@link ConfiguredAdmin}). */
    void adminFromConfiguration() {
        if (admin.username().isEmpty() || admin.password().isEmpty() || !noneYet()) {
            return;
        }
        String username = admin.username().get();
        String password = admin.password().get();
        Optional<String> problem = problem(username, password, password);
        if (problem.isPresent()) {
            LOG.errorf("SAIDWHO_ADMIN_USERNAME / SAIDWHO_ADMIN_PASSWORD not used: %s", problem.get());
            return;
        }
        createFirstAdmin(username, password);
        LOG.infof("Admin account '%s' created from configuration", username);
    }
}
