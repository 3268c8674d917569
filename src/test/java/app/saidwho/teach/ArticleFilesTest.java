package app.saidwho.teach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleFilesTest {

    @Test
    void shouldKeepTheStoryOfAnHtmlPageAndDropItsFurniture() {
        String html = """
                <html><head><title>Park</title><script>track()</script></head><body>
                <nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <header><p>Subscribe now</p></header>
                <article><h1>A new park</h1>
                <p>The mayor announced a new park, the city council said.</p>
                <div class="advertisement"><p>Buy shoes</p></div>
                <p>&quot;This park is for everyone,&quot; Mayor Ana <b>Lopez</b> told reporters.</p>
                <aside><p>More From This Section</p></aside></article>
                <footer><p>© Gazette</p></footer></body></html>""";

        assertThat(ArticleFiles.fromHtml(html)).isEqualTo("A new park\n"
                + "The mayor announced a new park, the city council said.\n"
                + "\"This park is for everyone,\" Mayor Ana Lopez told reporters.");
    }

    @Test
    void shouldTakePlainTextAsItIs() {
        assertThat(ArticleFiles.text("story.txt", "One line.\r\nTwo lines.")).isEqualTo("One line.\nTwo lines.");
    }
}
