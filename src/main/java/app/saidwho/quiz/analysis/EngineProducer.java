package app.saidwho.quiz.analysis;

import app.saidwho.attribution.AttributionEngine;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One engine per process: its models load once, at start, and it is shared by all requests. */
public class EngineProducer {

    @Produces
    @Singleton
    @Startup
    AttributionEngine engine() {
        return AttributionEngine.standard();
    }
}
