package app.saidwho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import org.junit.jupiter.api.Test;

/** Links come from the resources' routes, with their values encoded; templates never glue them together. */
class LinkTest {
    static final Pattern GLUED = Pattern.compile("(href|action)=\"/[^\"]*\\{");

    @jakarta.ws.rs.Path("/things/{slug}")
    public static class ThingPages {
        @GET
        public String show(@PathParam("slug") String slug) {
            return slug;
        }

        @GET
        @jakarta.ws.rs.Path("parts/{id}")
        public String part(@PathParam("slug") String slug, @PathParam("id") long id) {
            return slug + id;
        }
    }

    @Test
    void shouldFillTheRoutesParametersInOrderAndEncodeThem() {
        assertThat(Link.to(ThingPages.class).with("spring-2026")).isEqualTo("/things/spring-2026");
        assertThat(Link.to(ThingPages.class, "part").with("a b/c?", 7)).isEqualTo("/things/a%20b%2Fc%3F/parts/7");
        assertThat(Link.to(ThingPages.class, "part").builder().queryParam("from", "1 & 2").build("x", 1))
                .hasToString("/things/x/parts/1?from=1+%26+2");
    }

    @Test
    void shouldFindNoLinkBuiltByHandInTheTemplates() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
            List<String> glued = files.filter(f -> f.toString().endsWith(".html"))
                    .flatMap(f -> lines(f).stream().filter(l -> GLUED.matcher(l).find()).map(l -> f + ": " + l.strip()))
                    .toList();
            assertThat(glued).as("use a links namespace ({teach:…}, {play:…}, {report:…}, {account:…})").isEmpty();
        }
    }

    private static List<String> lines(java.nio.file.Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
