package app.saidwho.quiz.generate;

import app.saidwho.attribution.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which sentences with no source make claims worth checking: never the writer's opinion or a vague group's view,
 * and figures before comparisons before the rest.
 */
final class ClaimsToCheck {
    /** The writer judging, not a fact a reader could check: "is hardly impartial", "should", "clearly". */
    private static final Pattern OPINION = Pattern.compile("(?i)\\b(should|must|ought|hardly|clearly|obviously|surely"
            + "|simply|certainly|arguably|undoubtedly|unfortunately|fortunately|sadly|luckily|of course)\\b");
    /** "Many Democrats are afraid …": a vague group is the source, so the sentence is not one with no source. */
    private static final Pattern VAGUE_GROUP = Pattern.compile("^(Many|Some|Most|Few|Several|Numerous|Countless|Critics"
            + "|Supporters|Opponents|Experts|Observers|Analysts|Others)\\b");
    private static final Pattern FIGURE = Pattern.compile("\\d|%|\\b(percent|million|billion|trillion|dozens|hundreds"
            + "|thousands|half|twice|double|tripled?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPARISON = Pattern.compile("\\b(most|least|first|largest|biggest|highest|lowest|fastest"
            + "|record|more than|less than|fewer than|only)\\b", Pattern.CASE_INSENSITIVE);

    private ClaimsToCheck() {
    }

    /** The writer's opinion ("should", "hardly"), or a vague group as the subject ("Many farmers …"). */
    static boolean opinionOrVague(String sentence) {
        return OPINION.matcher(sentence).find() || VAGUE_GROUP.matcher(sentence).find();
    }

    /**
     * How much a claim asks to be checked: a figure most (a number, a share, a sum), then a comparison or a record
     * ("the largest", "more than"), else nothing. The claims a reader should check first are asked about first.
     */
    static int checkability(String sentence) {
        if (FIGURE.matcher(sentence).find()) {
            return 2;
        }
        return COMPARISON.matcher(sentence).find() ? 1 : 0;
    }

    /** The sentences with no source, the ones most worth checking first, in the article's order among equals. */
    static List<CharSpan> mostCheckableFirst(ArticleFacts facts) {
        List<CharSpan> spans = new ArrayList<>(facts.result.unattributed());
        spans.sort(java.util.Comparator.comparingInt((CharSpan s) -> -checkability(s.text(facts.text))));
        return spans;
    }
}
