package app.saidwho.support;

import app.saidwho.account.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Map;

/** Teacher accounts for tests: the password of "ana" is "ana's password". */
public final class Teachers {
    private Teachers() {
    }

    /** The id of the teacher account with this name, made first when there is none. */
    public static long account(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username)
                .orElseGet(() -> Account.create(username, username + "'s password", Account.TEACHER)).id);
    }

    /** A browser signed in as that teacher (the account made first when needed). */
    public static LearnerClient signedIn(String username) {
        account(username);
        LearnerClient client = new LearnerClient();
        client.post("/j_security_check", Map.of("j_username", username, "j_password", username + "'s password"));
        return client;
    }
}
