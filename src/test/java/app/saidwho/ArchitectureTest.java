package app.saidwho;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shape of the code, kept: layers that import only downward, no package cycles, a framework-free engine, small classes. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.saidwho");
    static final int MAX_LINES = 250;

    @Test
    void shouldHaveNoCycleBetweenAnyTwoPackages() {
        slices().matching("app.saidwho.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void shouldImportOnlyDownwardThroughTheLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("engine").definedBy("app.saidwho.attribution..")
                .layer("config").definedBy("app.saidwho.config..")
                .layer("quiz").definedBy("app.saidwho.quiz..")
                .layer("web").definedBy("app.saidwho.web..")
                .layer("account").definedBy("app.saidwho.account..")
                .layer("play").definedBy("app.saidwho.play..")
                .layer("pages").definedBy("app.saidwho.teach..", "app.saidwho.report..", "app.saidwho.api..")
                .layer("cli").definedBy("app.saidwho.cli..")
                .whereLayer("engine").mayNotAccessAnyLayer()
                .whereLayer("config").mayNotAccessAnyLayer()
                .whereLayer("quiz").mayOnlyAccessLayers("engine", "config")
                .whereLayer("web").mayNotAccessAnyLayer()
                .whereLayer("account").mayOnlyAccessLayers("quiz", "web", "config")
                .whereLayer("play").mayOnlyAccessLayers("quiz", "web", "config", "engine")
                .whereLayer("pages").mayOnlyAccessLayers("engine", "config", "quiz", "web", "account", "play", "pages")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .check(CLASSES);
    }

    @Test
    void shouldKeepTheEngineFreeOfFrameworks() {
        noClasses().that().resideInAPackage("app.saidwho.attribution..").should().dependOnClassesThat()
                .resideInAnyPackage("io.quarkus..", "io.vertx..", "jakarta.persistence..", "jakarta.ws.rs..",
                        "jakarta.enterprise..", "jakarta.inject..", "jakarta.transaction..", "org.hibernate..",
                        "org.jboss..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepEveryMainClassUnder250Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > MAX_LINES)
                    .map(f -> f + " (" + lines(f) + " lines)").toList();
            assertThat(tooLong).as("classes over " + MAX_LINES + " lines: split them by responsibility").isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
