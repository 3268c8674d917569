package app.saidwho.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine version changes with the engine's rules and word lists, and only with them. */
class EngineVersionTest {
    static final Function<String, InputStream> CLASSPATH = EngineVersion.class::getResourceAsStream;

    @Test
    void shouldComeOutTheSameEveryTimeForTheSameEngine() {
        assertThat(EngineVersion.of(EngineVersion.RULES, CLASSPATH)).isEqualTo(EngineVersion.of(EngineVersion.RULES, CLASSPATH))
                .isEqualTo(EngineVersion.current()).matches("rules-" + EngineVersion.RULES + "\\+[0-9a-f]{16}");
    }

    @Test
    void shouldChangeWithTheRulesVersion() {
        assertThat(EngineVersion.of(EngineVersion.RULES + 1, CLASSPATH)).isNotEqualTo(EngineVersion.current());
    }

    @Test
    void shouldChangeWhenAWordListChanges() {
        Function<String, InputStream> oneMoreCue = name -> name.endsWith("cues.tsv")
                ? new SequenceInputStream(CLASSPATH.apply(name),
                        new ByteArrayInputStream("\nproclaim\n".getBytes(StandardCharsets.UTF_8)))
                : CLASSPATH.apply(name);
        assertThat(EngineVersion.of(EngineVersion.RULES, oneMoreCue)).isNotEqualTo(EngineVersion.current());
    }

    @Test
    void shouldCoverEveryEngineResource() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/attribution"))) {
            assertThat(files.map(f -> "/attribution/" + f.getFileName()))
                    .containsExactlyInAnyOrderElementsOf(EngineVersion.RESOURCES);
        }
    }
}
