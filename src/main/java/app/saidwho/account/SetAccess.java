package app.saidwho.account;

import app.saidwho.quiz.QuizSet;
import app.saidwho.web.PageException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Who may open a quiz set's teacher pages: its owner, or the admin. Every teacher page asks here. */
@ApplicationScoped
public class SetAccess {
    private final SecurityIdentity identity;

    SetAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The set, when the signed-in teacher owns it (the admin may open any); 404 and 403 otherwise. */
    public QuizSet owned(String slug) {
        QuizSet set = QuizSet.findBySlug(slug)
                .orElseThrow(() -> PageException.notFound("There is no quiz set at this address."));
        Optional<Account> me = currentAccount();
        me.ifPresent(SetAccess::requirePasswordChanged);
        boolean mine = set.ownerId != null && me.map(a -> a.id.equals(set.ownerId)).orElse(false);
        if (!mine && !isAdmin()) {
            throw new PageException(403, "Not your quiz set", "Only the teacher who made this quiz set can open it.");
        }
        return set;
    }

    /** The signed-in teacher's account; 403 when it is gone (deleted while signed in). */
    public Account signedIn() {
        Account account = signedInEvenIfPasswordMustChange();
        requirePasswordChanged(account);
        return account;
    }

    /** The signed-in account, for the one page a temporary password may open: the account page. */
    public Account signedInEvenIfPasswordMustChange() {
        return currentAccount().orElseThrow(() -> new PageException(403, "Not allowed",
                "Your account could not be found. Sign in again."));
    }

    /** After the admin's reset, every teacher page leads to the account page until the password is new. */
    private static void requirePasswordChanged(Account account) {
        if (account.mustChangePassword) {
            throw new PasswordChangeRequired();
        }
    }

    /** The signed-in teacher's time zone, for every date a teacher page shows or reads. */
    public java.time.ZoneId zone() {
        return currentAccount().map(Account::zone).orElse(java.time.ZoneOffset.UTC);
    }

    public boolean isAdmin() {
        return identity.hasRole(Account.ADMIN);
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    private Optional<Account> currentAccount() {
        return identity.isAnonymous() ? Optional.empty() : Account.findByUsername(username());
    }
}
