package app.saidwho.account;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code quarkus.http.auth.session.encryption-key} from {@link SessionKeyFile} (next to the
 * database file: {@code <data folder>/session.key}) when no environment variable, system property or
 * profile sets it; those have a higher ordinal and win. The file is read only when the key is asked for.
 */
public class SessionKeySource implements ConfigSourceFactory {
    static final String KEY = "quarkus.http.auth.session.encryption-key";
    static final String FILE_NAME = "session.key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (context.getProfiles().contains("test")) {
            // Tests configure their own key and must not leave a key file in the working folder.
            return List.of();
        }
        ConfigValue dbPath = context.getValue("saidwho.db.path");
        String path = dbPath == null || dbPath.getValue() == null ? "./data/saidwho" : dbPath.getValue();
        Path dataFolder = Path.of(path).toAbsolutePath().getParent();
        return List.of(new LazyKey(new SessionKeyFile(dataFolder.resolve(FILE_NAME))));
    }

    @Override
    public java.util.OptionalInt getPriority() {
        return java.util.OptionalInt.of(90);
    }

    /** One property, read from the file the first time it is needed. */
    static final class LazyKey implements ConfigSource {
        private final SessionKeyFile file;
        private volatile String key;

        LazyKey(SessionKeyFile file) {
            this.file = file;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(KEY);
        }

        @Override
        public Map<String, String> getProperties() {
            // Listing the properties must not make a key file; only asking for the key does.
            return Map.of();
        }

        @Override
        public String getValue(String propertyName) {
            if (!KEY.equals(propertyName) || ExecutionMode.current() == ExecutionMode.UNSET) {
                // UNSET is the build: a key read then would be recorded into the application as a default.
                return null;
            }
            if (key == null) {
                key = file.key();
            }
            return key;
        }

        @Override
        public String getName() {
            return "session key file " + file.path();
        }

        @Override
        public int getOrdinal() {
            // Below application.properties (250), environment variables (300) and system properties (400).
            return 90;
        }
    }
}
