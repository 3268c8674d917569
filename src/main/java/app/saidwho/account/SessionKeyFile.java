package app.saidwho.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The key that encrypts sign-in cookies when none is configured: made once (256 random bits), kept in the
 * data folder readable and writable by its owner only, so sign-ins survive a restart and the key never has
 * to appear in a log. A file others can read is narrowed to the owner before it is used.
 */
public final class SessionKeyFile {
    static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private final Path file;

    public SessionKeyFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** The key, made on first use. */
    public String key() {
        try {
            if (!Files.exists(file)) {
                create();
            }
            narrowPermissions();
            String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (key.length() < 32) {
                throw new IllegalStateException("The session key file " + file + " is too short; delete it to make a new key");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the session key file " + file, e);
        }
    }

    private void create() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Path created = posix()
                    ? Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createFile(file);
            Files.writeString(created, key + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException anotherStartWasFirst) {
            // The key the other start wrote is read below.
        }
    }

    private void narrowPermissions() throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private boolean posix() {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
