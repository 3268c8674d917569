package app.saidwho.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged app ({@code target/quarkus-app}) in a child process on its own data folder, for tests that
 * must stop it the hard way. Its port is the Maven test port plus one ({@code -D%test.quarkus.http.test-port}),
 * else a free one.
 */
public final class PackagedApp implements AutoCloseable {
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private final Path dataDir;
    private final Map<String, String> settings;
    private final int port;
    private Process process;

    public PackagedApp(Path dataDir, Map<String, String> settings) throws IOException {
        this.dataDir = dataDir;
        this.settings = settings;
        this.port = port();
    }

    public static boolean built() {
        return Files.isRegularFile(JAR);
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Starts the app and waits until it answers its readiness check. */
    public PackagedApp start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dsaidwho.db.path=" + dataDir.resolve("saidwho").toAbsolutePath()));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", JAR.toString()));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile())).start();
        awaitReady();
        return this;
    }

    /** SIGKILL: the process gets no chance to flush or close anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public String log() throws IOException {
        return Files.readString(dataDir.resolve("server.log"));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpRequest ready = HttpRequest.newBuilder(base().resolve("/q/health/ready")).build();
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IOException("the packaged app did not become ready; its log:\n" + log());
    }

    private static int port() throws IOException {
        String testPort = System.getProperty("%test.quarkus.http.test-port");
        if (testPort != null && !testPort.isBlank()) {
            return Integer.parseInt(testPort.trim()) + 1;
        }
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
