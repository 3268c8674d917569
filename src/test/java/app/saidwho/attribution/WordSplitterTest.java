package app.saidwho.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The remembering tokenizer splits exactly as OpenNLP's own, also when it has seen the words before. */
class WordSplitterTest {

    @Test
    void shouldSplitLikeOpenNlpsTokenizerTheFirstTimeAndEveryTimeAfter() throws Exception {
        TokenizerModel model;
        try (InputStream in = WordSplitterTest.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            model = new TokenizerModel(in);
        }
        TokenizerME plain = new TokenizerME(model);
        WordSplitter remembering = new WordSplitter(model);
        String[] sentences = {
            "\u201cWe can't wait,\u201d Mayor Lena Ortiz's aide said on Tuesday (D-Ore.).",
            "''It's over,'' he said \u2014 twice \u2014 at 3 p.m. in St. Paul, Minn., to U.S. reporters.",
            "\u201cWe can't wait,\u201d said Ortiz's  deputy\u00a0again, \"really.\""
        };
        for (int round = 0; round < 2; round++) {
            for (String sentence : sentences) {
                Span[] expected = plain.tokenizePos(sentence);
                assertThat(remembering.tokenizePos(sentence)).as(sentence).containsExactly(expected);
            }
        }
    }
}
