package app.saidwho.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionKeyFileTest {
    @TempDir
    Path dataFolder;

    @Test
    void shouldMakeAKeyOnFirstUseReadableByTheOwnerOnlyAndKeepIt() throws Exception {
        SessionKeyFile file = new SessionKeyFile(dataFolder.resolve("data").resolve("session.key"));
        String key = file.key();
        assertThat(key).matches("[A-Za-z0-9_-]{43}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path()))).isEqualTo("rw-------");
        assertThat(new SessionKeyFile(file.path()).key()).isEqualTo(key);
    }

    @Test
    void shouldNarrowAKeyFileOthersCanRead() throws Exception {
        Path path = dataFolder.resolve("session.key");
        Files.writeString(path, "k".repeat(43));
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(new SessionKeyFile(path).key()).isEqualTo("k".repeat(43));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
    }

    @Test
    void shouldMakeDifferentKeysForDifferentInstalls() {
        String one = new SessionKeyFile(dataFolder.resolve("one.key")).key();
        String other = new SessionKeyFile(dataFolder.resolve("other.key")).key();
        assertThat(one).isNotEqualTo(other);
    }
}
