package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Statements the article makes in its own voice, with no source, as wrong options for "which of these did X say":
 * in the article they are nobody's words but the writer's. Only sentences that could not be the writer summing
 * X up: none in a paragraph where X speaks or in the one before, none naming X, none leaning on the sentence before.
 */
final class WritersStatements {
    private WritersStatements() {
    }

    static List<String> awayFrom(ArticleFacts facts, String entity, String name, List<String> own, int wanted, int maxWords) {
        if (UnsourcedGenerator.firstPersonPiece(facts)) {
            return List.of(); // a memoir's narration is the writer's account, close to what its people say
        }
        List<Attribution> theirs = facts.byEntity(entity);
        String surname = Speakers.surname(name);
        UnsourcedGenerator unsourced = new UnsourcedGenerator();
        List<String> out = new ArrayList<>();
        for (CharSpan span : facts.result.unattributed()) {
            String sentence = span.text(facts.text).strip();
            if (out.size() >= wanted) {
                break;
            }
            if (!unsourced.unsourcedFact(sentence) || UnsourcedGenerator.carriedFromBefore(facts.text, span)
                    || nearTheirWords(facts.text, span, theirs) || sentence.toLowerCase(Locale.ROOT).contains(surname)
                    || own.stream().anyMatch(mine -> Options.sameGist(sentence, mine))) {
                continue;
            }
            // whole sentences only: a cut one ("As the summit approaches, Germany …") reads as no statement
            if (Excerpts.wordCount(sentence) <= maxWords) {
                out.add(Grammar.capitalised(sentence.replaceAll("[.,;:]+$", "")));
            }
        }
        return out;
    }

    /** In the paragraph of one of their statements, or in a paragraph next to it: the writer may be setting it up. */
    private static boolean nearTheirWords(String text, CharSpan sentence, List<Attribution> theirs) {
        int start = paragraphStart(text, sentence.start());
        int previousStart = start > 0 ? paragraphStart(text, start - 1) : 0;
        int end = paragraphEnd(text, sentence.end());
        int nextEnd = end < text.length() ? paragraphEnd(text, end + 1) : end;
        for (Attribution a : theirs) {
            int at = a.content().start();
            if (at >= previousStart && at <= nextEnd) {
                return true;
            }
        }
        return false;
    }

    private static int paragraphStart(String text, int at) {
        int nl = text.lastIndexOf('\n', Math.max(0, at - 1));
        return nl < 0 ? 0 : nl + 1;
    }

    private static int paragraphEnd(String text, int at) {
        int nl = text.indexOf('\n', Math.min(text.length(), at));
        return nl < 0 ? text.length() : nl;
    }
}
