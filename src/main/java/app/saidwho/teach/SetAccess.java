package app.saidwho.teach;

import app.saidwho.quiz.QuizSet;
import app.saidwho.web.PageException;
import io.quarkus.security.identity.SecurityIdentity;

/** Who may open a quiz set's teacher pages: its owner, or the admin. */
public final class SetAccess {
    private SetAccess() {
    }

    /** The set, when the signed-in teacher owns it (the admin may open any); 404 and 403 otherwise. */
    public static QuizSet owned(String slug, SecurityIdentity identity) {
        QuizSet set = QuizSet.findBySlug(slug)
                .orElseThrow(() -> PageException.notFound("There is no quiz set at this address."));
        boolean mine = set.owner != null && set.owner.username.equals(identity.getPrincipal().getName());
        if (!mine && !identity.hasRole(Account.ADMIN)) {
            throw new PageException(403, "Not your quiz set", "Only the teacher who made this quiz set can open it.");
        }
        return set;
    }
}
