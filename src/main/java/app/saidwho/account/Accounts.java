package app.saidwho.account;

import app.saidwho.config.SaidWhoConfig;
import app.saidwho.web.FormProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Creates accounts: the first one (the admin) from the one-time setup page, or from configuration for an
 * unattended install (SAIDWHO_ADMIN_USERNAME and SAIDWHO_ADMIN_PASSWORD).
 */
@ApplicationScoped
public class Accounts {
    private static final Logger LOG = Logger.getLogger(Accounts.class);

    private final SaidWhoConfig.Admin admin;
    private final Validator validator;

    Accounts(SaidWhoConfig config, Validator validator) {
        this.admin = config.admin();
        this.validator = validator;
    }

    @Transactional
    public boolean noneYet() {
        return Account.count() == 0;
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
        Optional<String> problem = FormProblems.first(validator, new Credentials(username, password, password));
        if (problem.isPresent()) {
            LOG.errorf("SAIDWHO_ADMIN_USERNAME / SAIDWHO_ADMIN_PASSWORD not used: %s", problem.get());
            return;
        }
        createFirstAdmin(username, password);
        LOG.infof("Admin account '%s' created from configuration", username);
    }
}
