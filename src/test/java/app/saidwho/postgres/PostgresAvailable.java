package app.saidwho.postgres;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the PostgreSQL tests only where a server is given; elsewhere they are skipped with one line naming the
 * package, before the app boots. Under {@code CI=true} nothing may skip: the tests run and fail if there is no
 * server ({@link OnPostgres} says why).
 */
public class PostgresAvailable implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String url = System.getenv(OnPostgres.URL);
        if ((url != null && !url.isBlank()) || "true".equals(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("a PostgreSQL server is given (or CI=true)");
        }
        String line = "PostgreSQL tests skipped: they need a PostgreSQL server (Debian package postgresql); "
                + "run `source .ci/postgres` to install and start one and set " + OnPostgres.URL;
        System.err.println(line);
        return ConditionEvaluationResult.disabled(line);
    }
}
