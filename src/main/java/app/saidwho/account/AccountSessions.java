package app.saidwho.account;

import app.saidwho.web.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Per-account session versions. Quarkus's sign-in cookie only names the account and cannot be taken
 * back, so a second cookie carries the account's current session version, and a request whose version is
 * not the current one is treated as signed out. Replacing the version (sign-out, disable, new password)
 * ends every session of that account on every node.
 */
@ApplicationScoped
public class AccountSessions {

    /** The version a new sign-in gets: the current one, made on the first sign-in. */
    @Transactional
    public String versionFor(String username) {
        Account account = Account.findByUsername(username).orElseThrow();
        if (account.sessionVersion == null) {
            account.sessionVersion = Tokens.next();
        }
        return account.sessionVersion;
    }

    @Transactional
    public boolean isCurrent(String username, String presented) {
        String current = Account.findByUsername(username).map(a -> a.sessionVersion).orElse(null);
        return current != null && presented != null
                && MessageDigest.isEqual(current.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }

    /** Ends every session of the account. */
    @Transactional
    public void endAll(String username) {
        Account.findByUsername(username).ifPresent(account -> account.sessionVersion = null);
    }
}
