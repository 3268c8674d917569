package app.saidwho.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a program from the system's packages ask here. On a developer's machine without it the
 * test is skipped with one line naming what to install; under {@code CI=true} (where {@code .ci/run}
 * installs it) nothing may skip, so a missing program fails the test instead.
 */
public final class SystemPackages {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private SystemPackages() {
    }

    /** Chromium from Debian's packages, which the browser tests drive through Playwright. */
    public static Path chromium() {
        require(CHROMIUM, "sudo apt-get install chromium");
        return CHROMIUM;
    }

    private static void require(Path program, String install) {
        if (Files.isExecutable(program)) {
            return;
        }
        String line = program + " is missing: browser tests skipped; to run them: " + install;
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(program + " is missing and CI=true allows no skipped test: " + install);
        }
        System.err.println(line);
        Assumptions.abort(line);
    }
}
