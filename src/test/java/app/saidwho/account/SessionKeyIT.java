package app.saidwho.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.saidwho.support.PackagedApp;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a configured key, the packaged app makes one in its data folder, keeps it private and never logs it. */
class SessionKeyIT {

    @Test
    void shouldKeepAGeneratedKeyInTheDataFolderForTheOwnerOnlyAndOutOfTheLog() throws Exception {
        assumeTrue(PackagedApp.built(), "run `./mvnw package` first: this test starts the packaged app");
        Path dir = Files.createDirectories(Path.of("target", "session-key-it", String.valueOf(System.currentTimeMillis())));
        Map<String, String> settings = Map.of("saidwho.quizzes.dir", dir.resolve("none").toAbsolutePath().toString(),
                "saidwho.admin.username", "keyadmin", "saidwho.admin.password", "key admin's password");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        try (PackagedApp app = new PackagedApp(dir, settings).start()) {
            Path keyFile = dir.resolve(SessionKeySource.FILE_NAME);
            assertThat(keyFile).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
            String key = Files.readString(keyFile).strip();
            assertThat(app.log()).doesNotContain(key).doesNotContain("encryption-key").doesNotContain("encryption key");
            HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(app.base().resolve("/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=keyadmin&j_password=key+admin%27s+password"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/teach"));
        }
        try (PackagedApp app = new PackagedApp(dir, settings).start()) {
            // The same key after a restart: the sign-in still holds.
            HttpResponse<String> teach = browser.send(HttpRequest.newBuilder(app.base().resolve("/teach")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(teach.statusCode()).isEqualTo(200);
        }
    }
}
