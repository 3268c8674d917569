package app.saidwho.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Every {@code saidwho.*} setting in one place; each can also come from an environment variable
 * ({@code saidwho.quizzes.dir} → {@code SAIDWHO_QUIZZES_DIR}) or a {@code -D} system property.
 */
@ConfigMapping(prefix = "saidwho")
public interface SaidWhoConfig {

    /** The quiz-set files read at every start. */
    Quizzes quizzes();

    /** The embedded database. */
    Db db();

    /** Limits on articles, for the JSON API and the teacher's new-set form alike. */
    Api api();

    /** The sign-in throttle. */
    @io.smallrye.config.WithName("sign-in")
    SignIn signIn();

    /** The admin account of an unattended install. */
    Admin admin();

    interface Quizzes {
        /** Folder of quiz-set files ({@code *.yaml}) imported at start; a missing folder only logs a warning. */
        @WithDefault("quizzes")
        Path dir();
    }

    interface Db {
        /** Where the embedded H2 database keeps its file, without the {@code .mv.db} suffix. */
        @WithDefault("./data/saidwho")
        String path();
    }

    interface Api {
        /** Longest article accepted, in characters: the API answers 413 beyond it, the new-set form a message. */
        @WithDefault("500000")
        int maxArticleChars();

        /** Analyses one address may ask for within {@link #window()} (all three API endpoints together); 429 beyond. */
        @WithDefault("30")
        int requestsPerWindow();

        /** The window of {@link #requestsPerWindow()}. */
        @WithDefault("60s")
        java.time.Duration window();

        /** Analyses running at once on this node; one more gets 429 with Retry-After (a long article keeps a core busy for seconds). */
        @WithDefault("2")
        int maxConcurrentAnalyses();
    }

    interface SignIn {
        /** Failed sign-ins from one address within {@link #window()} before further tries get 429. */
        @WithDefault("10")
        int maxFailures();

        /** Failed sign-ins to one user name (from any address, any node) within {@link #window()} before 429. */
        @WithDefault("5")
        int maxFailuresPerAccount();

        /** How long a failed sign-in counts against its address and its user name. */
        @WithDefault("60s")
        Duration window();
    }

    interface Admin {
        /** User name of the admin created at start when there is no account yet (with {@link #password()}). */
        Optional<String> username();

        /** Password of that admin; at least 10 characters, else it is not used and the reason is logged. */
        Optional<String> password();
    }
}
