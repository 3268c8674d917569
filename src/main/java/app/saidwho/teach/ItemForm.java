package app.saidwho.teach;

import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.MatchPair;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionContent;
import app.saidwho.quiz.Rubric;
import app.saidwho.quiz.Skill;
import app.saidwho.web.FormProblems;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A MATCH or SHORT_ANSWER question as typed on its form: six rows of quotation and speaker (blank rows are
 * unused) with other speakers to offer, one a line; or the three levels of the rubric.
 */
public record ItemForm(
        ItemType type,
        @NotBlank(message = QuestionForm.PROMPT) @Size(max = 2000, message = QuestionForm.PROMPT) String prompt,
        List<@Size(max = 1000, message = "Keep each quotation under 1000 characters.") String> quotations,
        List<@Size(max = 1000, message = "Keep each speaker under 1000 characters.") String> speakers,
        @Size(max = 4000, message = "Keep the other speakers under 4000 characters.") String others,
        @Size(max = 1000, message = LEVEL) String proficient,
        @Size(max = 1000, message = LEVEL) String emergent,
        @Size(max = 1000, message = LEVEL) String basic,
        @NotBlank(message = QuestionForm.EXPLANATION) @Size(max = 4000, message = QuestionForm.EXPLANATION) String explanation,
        String evidence) {
    static final int ROWS = 6;
    static final int MAX_SPEAKERS = 8;
    static final String LEVEL = "Describe each level in 1 to 1000 characters.";

    public static ItemForm of(ItemType type, String prompt, List<String> quotations, List<String> speakers, String others,
                              String proficient, String emergent, String basic, String explanation, String evidence) {
        return new ItemForm(type, strip(prompt), rows(quotations), rows(speakers), strip(others), strip(proficient),
                strip(emergent), strip(basic), strip(explanation), strip(evidence));
    }

    public static ItemForm blank(ItemType type) {
        return of(type, "", List.of(), List.of(), "", "", "", "", "", "");
    }

    /** The form showing a stored question as it is: its pairs, the speakers no pair uses, or its rubric. */
    public static ItemForm stored(Question q) {
        List<MatchPair> pairs = q.matchPairs();
        List<String> used = pairs.stream().map(MatchPair::answer).toList();
        String others = String.join("\n", q.options.stream().filter(o -> !used.contains(o)).toList());
        Rubric rubric = q.rubric() == null ? new Rubric("", "", "") : q.rubric();
        return of(q.type, q.prompt, pairs.stream().map(MatchPair::prompt).toList(), used, others, rubric.proficient(),
                rubric.emergent(), rubric.basic(), q.explanation, q.evidenceText);
    }

    public boolean match() {
        return type == ItemType.MATCH;
    }

    /** Problems by field name; empty when the question can be stored. */
    public Map<String, String> problems(Validator validator, String article) {
        Map<String, String> problems = new LinkedHashMap<>(FormProblems.of(validator, this));
        if (match()) {
            matchProblems(problems);
        } else if (proficient.isBlank() || emergent.isBlank() || basic.isBlank()) {
            problems.put("rubric", LEVEL);
        }
        if (evidence.isBlank() || !article.contains(evidence)) {
            problems.put("evidence", "Copy the evidence word for word from the article.");
        }
        return problems;
    }

    private void matchProblems(Map<String, String> problems) {
        int used = pairs().size();
        boolean halfRow = false;
        for (int row = 0; row < ROWS; row++) {
            halfRow |= quotations.get(row).isBlank() != speakers.get(row).isBlank();
        }
        if (halfRow) {
            problems.put("rows", "Fill in both the quotation and its speaker on each row you use.");
        } else if (used < 2) {
            problems.put("rows", "Give 2 to 6 quotations, each with its speaker.");
        } else if (pairs().stream().map(p -> p.prompt().toLowerCase()).distinct().count() < used) {
            problems.put("rows", "Two quotations are the same.");
        }
        int pool = pool().size();
        if (!halfRow && (pool < used || pool > MAX_SPEAKERS)) {
            problems.put("others", "Offer at least as many speakers as quotations, and at most " + MAX_SPEAKERS
                    + ": add other speakers, one a line.");
        }
    }

    List<MatchPair> pairs() {
        List<MatchPair> pairs = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
            if (!quotations.get(row).isBlank() && !speakers.get(row).isBlank()) {
                pairs.add(new MatchPair(quotations.get(row), speakers.get(row)));
            }
        }
        return pairs;
    }

    /** Every speaker a row offers: those of the pairs and the others, once each, in alphabetical order. */
    List<String> pool() {
        TreeSet<String> pool = new TreeSet<>();
        pairs().forEach(p -> pool.add(p.answer()));
        others.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(pool::add);
        return List.copyOf(pool);
    }

    public QuestionContent content(Skill skill, String article) {
        int start = article.indexOf(evidence);
        return match()
                ? new QuestionContent(type, skill, prompt, pool(), -1, pairs(), null, explanation, start,
                        start + evidence.length(), evidence)
                : new QuestionContent(type, skill, prompt, List.of(), -1, List.of(),
                        new Rubric(proficient, emergent, basic), explanation, start, start + evidence.length(), evidence);
    }

    private static List<String> rows(List<String> values) {
        List<String> rows = new ArrayList<>();
        (values == null ? List.<String>of() : values).stream().limit(ROWS).map(ItemForm::strip).forEach(rows::add);
        while (rows.size() < ROWS) {
            rows.add("");
        }
        return rows;
    }

    private static String strip(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }
}
