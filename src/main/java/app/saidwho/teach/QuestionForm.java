package app.saidwho.teach;

import app.saidwho.quiz.QuestionContent;
import app.saidwho.quiz.Skill;
import app.saidwho.web.FormProblems;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A question as typed on the edit and add forms: always six option boxes (blanks are unused boxes),
 * the key as the number of its box (-1 when none or not a number).
 */
public record QuestionForm(
        @NotBlank(message = PROMPT) @Size(max = 2000, message = PROMPT) String prompt,
        List<@Size(max = 1000, message = "Keep each option under 1000 characters.") String> options,
        int keyBox,
        @NotBlank(message = EXPLANATION) @Size(max = 4000, message = EXPLANATION) String explanation,
        @Size(max = 4000, message = EVIDENCE) String evidence) {
    static final int BOXES = 6;
    static final String EVIDENCE = "Keep the evidence under 4000 characters: copy the sentences that prove the "
            + "answer, not a whole long passage.";
    static final String PROMPT = "Write a question of 1 to 2000 characters.";
    static final String EXPLANATION = "Explain the answer in 1 to 4000 characters.";

    /** The form from raw request values: trimmed, line ends made plain, padded to six boxes. */
    public static QuestionForm of(String prompt, List<String> options, String key, String explanation,
                                  String evidence) {
        List<String> boxes = padded(options == null ? List.of() : options);
        return new QuestionForm(strip(prompt), boxes.subList(0, BOXES), keyBox(key), strip(explanation),
                evidence == null ? "" : evidence.replace("\r\n", "\n").strip());
    }

    private static List<String> padded(List<String> options) {
        List<String> boxes = new ArrayList<>(options);
        while (boxes.size() < BOXES) {
            boxes.add("");
        }
        return boxes;
    }

    /** The form showing a stored question exactly as it is. */
    public static QuestionForm stored(String prompt, List<String> options, int key, String explanation,
                                      String evidence) {
        return new QuestionForm(prompt, padded(options), key, explanation, evidence);
    }

    public static QuestionForm blank() {
        return of("", List.of(), "0", "", "");
    }

    /** The same form with other evidence (a paragraph picked instead of typed text). */
    public QuestionForm withEvidence(String text) {
        return new QuestionForm(prompt, options, keyBox, explanation, text);
    }

    /**
     * Problems by field name ("prompt", "options", "key", "explanation", "evidence"); empty when valid.
     * Field limits come from Bean Validation; what needs other fields or the article is checked here.
     */
    public Map<String, String> problems(Validator validator, String article) {
        Map<String, String> problems = new LinkedHashMap<>(FormProblems.of(validator, this));
        List<String> filled = options.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (filled.size() < 2 || filled.size() > BOXES) {
            problems.put("options", "Give 2 to 6 options.");
        } else if (filled.stream().map(String::toLowerCase).distinct().count() < filled.size()) {
            problems.put("options", "Two options are the same.");
        }
        if (keyBox < 0 || keyBox >= options.size() || options.get(keyBox).isBlank()) {
            problems.put("key", "Mark the right answer: one of the filled-in options.");
        }
        if (!problems.containsKey("evidence") && (evidence.isBlank() || !article.contains(evidence))) {
            problems.put("evidence", "Copy the evidence word for word from the article.");
        }
        return problems;
    }

    /** What the form says as question content: options without blanks, the key's new index, evidence offsets. */
    public QuestionContent content(Skill skill, String article) {
        List<String> filled = new ArrayList<>();
        int answer = 0;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i).strip();
            if (!option.isEmpty()) {
                if (i == keyBox) {
                    answer = filled.size();
                }
                filled.add(option);
            }
        }
        int start = article.indexOf(evidence);
        return new QuestionContent(skill, prompt.strip(), filled, answer, explanation.strip(), start,
                start + evidence.length(), evidence);
    }

    private static int keyBox(String key) {
        try {
            return key == null ? -1 : Integer.parseInt(key.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
