package app.saidwho.quiz.file;

import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.MatchPair;
import app.saidwho.quiz.Rubric;
import app.saidwho.quiz.Skill;
import app.saidwho.quiz.file.QuizSetFile.ArticleData;
import app.saidwho.quiz.file.QuizSetFile.QuestionData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and checks one question of a quiz-set file against the article it belongs to, by its item type. */
final class QuestionReader {
    static final int MAX_PAIRS = 6;
    static final int MAX_SPEAKERS = 8;
    private static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final Set<String> FIELDS = Set.of("id", "type", "skill", "prompt", "options", "key", "pairs",
            "rubric", "explanation", "evidence");

    private final YamlMap map;
    private final ArticleData article;
    private final List<QuizFileProblem> problems;
    private String where = "a question";

    QuestionReader(YamlMap map, ArticleData article, List<QuizFileProblem> problems) {
        this.map = map;
        this.article = article;
        this.problems = problems;
    }

    QuestionData read() {
        map.rejectUnknown("a question", FIELDS);
        String id = map.requiredText("id", "A question");
        where = id.isBlank() ? "a question" : "question '" + id + "'";
        if (!id.isBlank() && !QUESTION_ID.matcher(id).matches()) {
            problems.add(new QuizFileProblem(map.lineOf("id"),
                    "question id '" + id + "' may hold only letters, digits, '-' and '_' (at most 100)"));
        }
        ItemType type = readType();
        Skill skill = readSkill();
        String prompt = map.limited("prompt", map.requiredText("prompt", capitalised(where)), 2000);
        List<String> options = type == ItemType.SHORT_ANSWER ? unused("options", type, List.of()) : readOptions(type);
        int answerIndex = type == ItemType.CHOICE || type == ItemType.EVIDENCE ? readKey(options) : unused("key", type, -1);
        List<MatchPair> pairs = type == ItemType.MATCH ? readPairs(options) : unused("pairs", type, List.of());
        Rubric rubric = type == ItemType.SHORT_ANSWER ? readRubric() : unused("rubric", type, null);
        if (type == ItemType.EVIDENCE) {
            options.forEach(option -> locate(option, "option '" + option + "' of " + where, "options"));
        }
        String explanation = map.limited("explanation", map.requiredText("explanation", capitalised(where)), 4000);
        String evidence = map.limited("evidence", map.requiredText("evidence", capitalised(where)), 4000);
        int start = Math.max(locate(evidence, "the evidence of " + where, "evidence"), 0);
        return new QuestionData(id, type, skill, prompt, options, answerIndex, pairs, rubric, explanation, evidence,
                start, start + evidence.length());
    }

    private ItemType readType() {
        String name = map.text("type").orElse(null);
        Optional<ItemType> type = ItemType.parse(name);
        if (type.isEmpty()) {
            problems.add(new QuizFileProblem(map.lineOf("type"), "unknown type '" + name + "' in " + where
                    + " (expected one of " + List.of(ItemType.values()) + ")"));
        }
        return type.orElse(ItemType.CHOICE);
    }

    private Skill readSkill() {
        String name = map.requiredText("skill", capitalised(where));
        Optional<Skill> skill = Skill.parse(name);
        if (skill.isEmpty() && !name.isBlank()) {
            problems.add(new QuizFileProblem(map.lineOf("skill"), "unknown skill '" + name + "' in " + where
                    + " (expected one of " + List.of(Skill.values()) + ")"));
        }
        return skill.orElse(null);
    }

    /** A field the type does not use is a mistake worth saying, not something to ignore. */
    private <T> T unused(String field, ItemType type, T none) {
        if (map.node(field).isPresent()) {
            problems.add(new QuizFileProblem(map.lineOf(field), where + " is a " + type + " question, which has no '"
                    + field + "'" + (type == ItemType.MATCH && field.equals("key") ? " (each pair has its answer)" : "")));
        }
        return none;
    }

    private List<String> readOptions(ItemType type) {
        int max = type == ItemType.MATCH ? MAX_SPEAKERS : QuizSetFileParser.MAX_OPTIONS;
        List<String> options = new ArrayList<>();
        for (Node node : map.list("options")) {
            String option = text(node, "an option");
            if (option.isBlank()) {
                problems.add(new QuizFileProblem(YamlMap.lineOf(node), "an option of " + where + " is empty"));
            } else if (options.contains(option)) {
                problems.add(new QuizFileProblem(YamlMap.lineOf(node), where + " has the option '" + option + "' twice"));
            }
            options.add(option);
        }
        if (options.size() < 2 || options.size() > max) {
            problems.add(new QuizFileProblem(map.lineOf("options"), where + " needs 2 to " + max
                    + " options, not " + options.size()));
        }
        return options;
    }

    private int readKey(List<String> options) {
        String key = map.requiredText("key", capitalised(where));
        int answerIndex = options.indexOf(key);
        if (!key.isBlank() && answerIndex < 0) {
            problems.add(new QuizFileProblem(map.lineOf("key"), "the key of " + where + " ('" + key
                    + "') is not one of its options"));
        }
        return answerIndex;
    }

    /** MATCH: two to six quotations, each with a speaker from the options; at least as many options as pairs. */
    private List<MatchPair> readPairs(List<String> speakers) {
        List<MatchPair> pairs = new ArrayList<>();
        for (Node node : map.list("pairs")) {
            YamlMap.of(node, "a pair of " + where, problems).ifPresent(pair -> {
                pair.rejectUnknown("a pair of " + where, Set.of("prompt", "answer"));
                String prompt = pair.limited("prompt", pair.requiredText("prompt", "A pair of " + where), 1000);
                String answer = pair.requiredText("answer", "A pair of " + where);
                if (!answer.isBlank() && !speakers.contains(answer)) {
                    problems.add(new QuizFileProblem(pair.lineOf("answer"), "the answer '" + answer + "' of a pair of "
                            + where + " is not one of its options"));
                }
                if (pairs.stream().anyMatch(p -> p.prompt().equals(prompt))) {
                    problems.add(new QuizFileProblem(pair.line(), where + " has the pair prompt '" + prompt + "' twice"));
                }
                pairs.add(new MatchPair(prompt, answer));
            });
        }
        if (pairs.size() < 2 || pairs.size() > MAX_PAIRS) {
            problems.add(new QuizFileProblem(map.lineOf("pairs"), where + " needs 2 to " + MAX_PAIRS + " pairs, not "
                    + pairs.size()));
        } else if (speakers.size() < pairs.size()) {
            problems.add(new QuizFileProblem(map.lineOf("options"), where + " needs at least as many options ("
                    + speakers.size() + ") as pairs (" + pairs.size() + ")"));
        }
        return pairs;
    }

    private Rubric readRubric() {
        Optional<YamlMap> rubric = map.node("rubric").flatMap(node -> YamlMap.of(node, "the rubric of " + where, problems));
        if (rubric.isEmpty()) {
            problems.add(new QuizFileProblem(map.lineOf("rubric"), capitalised(where)
                    + " needs a 'rubric' with proficient, emergent and basic"));
            return null;
        }
        YamlMap levels = rubric.get();
        levels.rejectUnknown("the rubric of " + where, Set.of("proficient", "emergent", "basic"));
        String what = "The rubric of " + where;
        return new Rubric(levels.limited("proficient", levels.requiredText("proficient", what), 1000),
                levels.limited("emergent", levels.requiredText("emergent", what), 1000),
                levels.limited("basic", levels.requiredText("basic", what), 1000));
    }

    private String text(Node node, String what) {
        String value = QuizSetFileParser.scalar(node, what, problems);
        if (value.length() > 1000) {
            problems.add(new QuizFileProblem(YamlMap.lineOf(node), what + " of " + where + " is longer than 1000 characters"));
        }
        return value;
    }

    /** Where a passage first occurs in the story; a problem when it is not there word for word or is boilerplate. */
    private int locate(String passage, String what, String field) {
        if (passage.isBlank() || article == null) {
            return -1;
        }
        int start = article.text().indexOf(passage);
        if (start < 0) {
            problems.add(new QuizFileProblem(map.lineOf(field), what + " is not found word for word in the article text"));
        } else if (article.boilerplate().stream().anyMatch(line -> !line.isBlank() && line.contains(passage))) {
            problems.add(new QuizFileProblem(map.lineOf(field), what + " lies in page boilerplate, not in the story"));
        }
        return start;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
