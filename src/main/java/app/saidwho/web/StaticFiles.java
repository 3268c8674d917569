package app.saidwho.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Serves the stylesheet and scripts in {@code META-INF/resources} from memory, ahead of every other route:
 * they are public and the same for everyone, so the sign-in, session and redirect handlers have nothing to
 * do for them (they cost a third of each such request). The response headers configured for every
 * response ({@code quarkus.http.header.*}: CSP, nosniff, Referrer-Policy) are sent here too.
 */
@ApplicationScoped
public class StaticFiles {
    private static final String FOLDER = "META-INF/resources";
    private static final String NAME = "/[a-z0-9-]{1,40}\\.(css|js)";

    /** A file as it is sent: its bytes, type and a tag for conditional requests. */
    private record File(Buffer body, String type, String etag) {
    }

    private final Map<String, File> files = new ConcurrentHashMap<>();
    private final Map<String, String> headers = configuredHeaders(ConfigProvider.getConfig());

    void install(@Observes Router router) {
        router.getWithRegex(NAME).order(-30_000).handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        String path = rc.normalizedPath();
        Optional<File> file = Optional.ofNullable(files.get(path)).or(() -> load(path));
        if (file.isEmpty()) {
            rc.next();
            return;
        }
        HttpServerResponse response = rc.response();
        headers.forEach(response::putHeader);
        response.putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=86400").putHeader(HttpHeaders.ETAG,
                file.get().etag());
        if (file.get().etag().equals(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, file.get().type()).end(file.get().body());
    }

    /** Reads a file once; a name that is no file is not remembered (any number of them can be asked for). */
    private Optional<File> load(String path) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(FOLDER + path)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            String type = path.endsWith(".css") ? "text/css;charset=UTF-8" : "text/javascript;charset=UTF-8";
            File file = new File(Buffer.buffer(bytes), type, etag(bytes));
            files.put(path, file);
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etag(byte[] bytes) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code quarkus.http.header."NAME".value} settings that apply to every path. */
    static Map<String, String> configuredHeaders(Config config) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String key : config.getPropertyNames()) {
            if (key.startsWith("quarkus.http.header.") && key.endsWith(".value")) {
                String name = key.substring("quarkus.http.header.".length(), key.length() - ".value".length())
                        .replace("\"", "");
                String prefix = key.substring(0, key.length() - ".value".length());
                boolean everywhere = config.getOptionalValue(prefix + ".path", String.class).orElse("/*").equals("/*");
                if (everywhere) {
                    config.getOptionalValue(key, String.class).ifPresent(value -> headers.put(name, value));
                }
            }
        }
        return Map.copyOf(headers);
    }
}
