package app.saidwho.play;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CaffeineCache;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Reads a Quarkus cache the cheap way first: a kept value by a plain lookup, the loading call only on a miss. */
final class CachedValues {
    private CachedValues() {
    }

    /**
     * The kept value, or the loader's, computed on this thread and kept. {@code Cache.get} alone makes a new future
     * and a put-if-absent on every call, a cost the question page paid twice a view (JFR, issue 16).
     */
    static <K, V> V get(Cache cache, K key, Supplier<V> loader) {
        CompletableFuture<V> kept = cache.as(CaffeineCache.class).getIfPresent(key);
        if (kept != null && kept.isDone() && !kept.isCompletedExceptionally()) {
            return kept.join();
        }
        return cache.get(key, k -> loader.get()).await().indefinitely();
    }
}
