package app.saidwho.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void shouldSplitAtLineBreaksAndLeaveOutBlankLinesAndSpaces() {
        String text = "  First line.\n\n\r\nSecond one here. \nThird";
        List<String> paragraphs = Paragraphs.of(text).stream().map(p -> p.text(text)).toList();

        assertThat(paragraphs).containsExactly("First line.", "Second one here.", "Third");
    }

    @Test
    void shouldGiveOffsetsIntoTheTextAsReceived() {
        String text = "\nOne.\n  Two.";

        assertThat(Paragraphs.of(text)).containsExactly(new CharSpan(1, 5), new CharSpan(8, 12));
    }

    @Test
    void shouldFindNoParagraphInABlankText() {
        assertThat(Paragraphs.of(" \n\n ")).isEmpty();
    }
}
