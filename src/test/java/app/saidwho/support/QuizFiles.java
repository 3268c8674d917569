package app.saidwho.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small quiz-set files for tests, written in the format of docs/quiz-set-format.md. */
public final class QuizFiles {
    public static final String ARTICLE = """
            The mayor announced a new park on Monday, the city council said.
            "This park is for everyone," Mayor Ana Lopez told reporters.
            More From This Section
            Critics claimed the plan was too expensive.""";

    private QuizFiles() {
    }

    /** A valid set with two questions on two skills; the first key is "Ana Lopez". */
    public static String twoQuestions(String title, String status) {
        return set("title: " + title + "\nstatus: " + status, """
                  url: https://example.org/park
                  published: 2024-05-06
                  boilerplate:
                    - More From This Section
                """, who("who", "Who said \"This park is for everyone\"?") + """
                  - id: cue
                    skill: CUE_STANCE
                    prompt: Is "claimed" a neutral or a loaded verb?
                    options: [Loaded, Neutral]
                    key: Loaded
                    explanation: '"Claimed" hints that the claim may not be true.'
                    evidence: Critics claimed the plan was too expensive.
                """);
    }

    /** A valid published set of {@code count} questions on who said the quote; each key is "Ana Lopez". */
    public static String manyQuestions(String title, int count) {
        StringBuilder questions = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            questions.append(who("who-" + i, "Who said \"This park is for everyone\"? (" + i + ")"));
        }
        return set("title: " + title + "\nstatus: published", "", questions.toString());
    }

    /** Writes a quiz folder for load runs: {@code QuizFiles DIR SLUG QUESTIONS} (see bench/answers.sh). */
    public static void main(String... args) {
        write(Path.of(args[0]), args[1] + ".yaml", manyQuestions("Load quiz", Integer.parseInt(args[2])));
    }

    /** A valid set with one question of each item type: CHOICE, MATCH (2 pairs), EVIDENCE and SHORT_ANSWER. */
    public static String everyType(String title) {
        return set("title: " + title, "", who("who", "Who said \"This park is for everyone\"?") + """
                  - id: match
                    type: MATCH
                    skill: WHO_SAID
                    prompt: Match each statement to the source it comes from.
                    pairs:
                      - prompt: This park is for everyone
                        answer: Ana Lopez
                      - prompt: the plan was too expensive
                        answer: Critics
                    options: [Ana Lopez, Critics, The city council]
                    explanation: Each statement stands next to the name of its source.
                    evidence: '"This park is for everyone," Mayor Ana Lopez told reporters.'
                  - id: evidence
                    type: EVIDENCE
                    skill: SOURCE_TYPE
                    prompt: Which sentence shows who announced the park?
                    options:
                      - The mayor announced a new park on Monday, the city council said.
                      - Critics claimed the plan was too expensive.
                    key: The mayor announced a new park on Monday, the city council said.
                    explanation: '"the city council said" names the source of the announcement.'
                    evidence: The mayor announced a new park on Monday, the city council said.
                  - id: written
                    type: SHORT_ANSWER
                    skill: UNSOURCED
                    prompt: What would you check before trusting the critics' claim?
                    rubric:
                      proficient: Names who the critics are and asks for the cost figures.
                      emergent: Asks for evidence but not from whom.
                      basic: Repeats the claim.
                    explanation: The article does not say who the critics are or what the plan costs.
                    evidence: Critics claimed the plan was too expensive.
                """);
    }

    /** A set file over the park article: its top lines, article fields besides title, publisher and text, questions. */
    private static String set(String head, String articleFields, String questions) {
        return head + "\narticle:\n  title: A new park\n  publisher: Test Gazette\n" + articleFields + "  text: |-\n"
                + indent(ARTICLE, "    ") + "\nquestions:\n" + questions;
    }

    /** A question on who said the mayor's quote (the key is "Ana Lopez"), as a list item under questions. */
    private static String who(String id, String prompt) {
        return """
                  - id: %s
                    skill: WHO_SAID
                    prompt: %s
                    options: [Ana Lopez, The city council, Critics]
                    key: Ana Lopez
                    explanation: The quote ends with "Mayor Ana Lopez told reporters".
                    evidence: '"This park is for everyone," Mayor Ana Lopez told reporters.'
                """.formatted(id, prompt);
    }

    public static String indent(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }

    public static Path write(Path dir, String fileName, String content) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(fileName), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
