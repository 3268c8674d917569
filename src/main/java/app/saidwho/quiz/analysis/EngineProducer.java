package app.saidwho.quiz.analysis;

import app.saidwho.attribution.AttributionEngine;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * One engine per process, shared by all requests. Its models load in the background as the app starts,
 * so the pages answer at once; the engine's users (the API, new quiz sets, the review page) wait for the
 * loading only when they come before it is done.
 */
public class EngineProducer {
    private static final Logger LOG = Logger.getLogger(EngineProducer.class);

    @Produces
    @Singleton
    AttributionEngine engine() {
        long start = System.nanoTime();
        AttributionEngine engine = AttributionEngine.standard();
        LOG.infof("Attribution engine ready in %d ms", (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    /** Makes the singleton on another thread; anyone asking meanwhile waits for that one to finish. */
    void loadInBackground(@Observes StartupEvent start, Instance<AttributionEngine> engine) {
        Thread loader = new Thread(() -> engine.get().hashCode(), "engine-models");
        loader.setDaemon(true);
        loader.start();
    }
}
