package app.saidwho.postgres;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The app built and run on a real PostgreSQL server instead of H2 (the database kind is fixed at build time, so
 * this profile boots its own app). The server comes from {@code SAIDWHO_TEST_PG_URL} (user and password from
 * {@code SAIDWHO_TEST_PG_USER} / {@code SAIDWHO_TEST_PG_PASSWORD}); {@code .ci/postgres} starts Debian's server
 * and prints them. Flyway empties the schema first, so every run starts from the migrations.
 */
public class OnPostgres implements QuarkusTestProfile {
    static final String URL = "SAIDWHO_TEST_PG_URL";

    @Override
    public Map<String, String> getConfigOverrides() {
        // Quarkus reads every profile while it discovers the tests, also of skipped classes: never throw here.
        // Without a server the class is skipped (PostgresAvailable); under CI=true it runs and fails on this
        // address, which says what to do.
        String url = env(URL, "jdbc:postgresql://set-SAIDWHO_TEST_PG_URL-see-.ci-postgres.invalid:5432/saidwho_test");
        return Map.of("quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", env("SAIDWHO_TEST_PG_USER", "saidwho_test"),
                "quarkus.datasource.password", env("SAIDWHO_TEST_PG_PASSWORD", "saidwho_test"),
                "quarkus.flyway.clean-disabled", "false",
                "quarkus.flyway.clean-at-start", "true");
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
