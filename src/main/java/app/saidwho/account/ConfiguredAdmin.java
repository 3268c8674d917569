package app.saidwho.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Makes the admin account from configuration on a new install without holding up the start: hashing its
 * password (bcrypt) runs on a thread of its own while the pages already answer. The app reports ready
 * ({@code /q/health/ready}) once it is done, so a script that waits for readiness can sign in.
 */
@Readiness
@ApplicationScoped
public class ConfiguredAdmin implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(ConfiguredAdmin.class);

    private final Accounts accounts;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    ConfiguredAdmin(Accounts accounts) {
        this.accounts = accounts;
    }

    void create(@Observes StartupEvent start) {
        Thread worker = new Thread(() -> {
            try {
                accounts.adminFromConfiguration();
                done.complete(null);
            } catch (RuntimeException e) {
                LOG.error("The admin account from configuration could not be made", e);
                done.completeExceptionally(e);
            }
        }, "configured-admin");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("admin account from configuration").status(done.isDone()).build();
    }
}
