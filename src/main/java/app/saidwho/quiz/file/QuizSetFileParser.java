package app.saidwho.quiz.file;

import app.saidwho.quiz.QuizSetStatus;
import app.saidwho.quiz.file.QuizSetFile.ArticleData;
import app.saidwho.quiz.file.QuizSetFile.QuestionData;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Parses and checks a quiz-set YAML file; every problem found is reported with its line. */
public final class QuizSetFileParser {
    public static final int MAX_OPTIONS = 6;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Set<String> TOP_FIELDS = Set.of("title", "status", "article", "questions");
    private static final Set<String> ARTICLE_FIELDS = Set.of("title", "publisher", "url", "published", "text",
            "boilerplate");

    /** The slug a file name gives: its name without the .yaml or .yml suffix. */
    public static String slugOf(String fileName) {
        return fileName.replaceFirst("\\.ya?ml$", "");
    }

    public QuizSetFile parse(String fileName, String content) throws QuizFileException {
        List<QuizFileProblem> problems = new ArrayList<>();
        String slug = slugOf(fileName);
        if (!SLUG.matcher(slug).matches()) {
            problems.add(new QuizFileProblem(0, "the file name must be lower-case letters, digits and dashes"
                    + " followed by .yaml (it becomes the quiz's address), not '" + fileName + "'"));
        }
        Node root = compose(content, problems);
        if (root == null && problems.isEmpty()) {
            problems.add(new QuizFileProblem(1, "the file is empty"));
        }
        Optional<YamlMap> top = root == null ? Optional.empty() : YamlMap.of(root, "the quiz set", problems);
        if (top.isEmpty()) {
            throw new QuizFileException(fileName, problems);
        }
        QuizSetFile file = read(slug, top.get(), problems);
        if (!problems.isEmpty()) {
            throw new QuizFileException(fileName, problems);
        }
        return file;
    }

    private static Node compose(String content, List<QuizFileProblem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(8 * 1024 * 1024);
        try {
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(new QuizFileProblem(mark == null ? 0 : mark.getLine() + 1,
                    "not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            problems.add(new QuizFileProblem(0, "not valid YAML: " + e.getMessage()));
        }
        return null;
    }

    private QuizSetFile read(String slug, YamlMap top, List<QuizFileProblem> problems) {
        top.rejectUnknown("the quiz set", TOP_FIELDS);
        String title = top.limited("title", top.requiredText("title", "The quiz set"), 300);
        QuizSetStatus status = readStatus(top, problems);
        ArticleData article = top.node("article")
                .flatMap(node -> YamlMap.of(node, "the article", problems))
                .map(map -> readArticle(map, problems))
                .orElse(null);
        if (top.node("article").isEmpty()) {
            problems.add(new QuizFileProblem(top.line(), "the quiz set needs an 'article' with its text"));
        }
        List<QuestionData> questions = readQuestions(top, article, problems);
        return new QuizSetFile(slug, title, status, article, questions);
    }

    private static QuizSetStatus readStatus(YamlMap top, List<QuizFileProblem> problems) {
        String value = top.text("status").orElse("published").trim().toUpperCase(Locale.ROOT);
        try {
            return QuizSetStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add(new QuizFileProblem(top.lineOf("status"), "status must be 'published' or 'draft', not '"
                    + value.toLowerCase(Locale.ROOT) + "'"));
            return QuizSetStatus.DRAFT;
        }
    }

    private ArticleData readArticle(YamlMap map, List<QuizFileProblem> problems) {
        map.rejectUnknown("the article", ARTICLE_FIELDS);
        String title = map.limited("title", map.requiredText("title", "The article"), 300);
        String publisher = map.limited("publisher", map.requiredText("publisher", "The article"), 200);
        String url = map.limited("url", map.text("url").orElse(null), 1000);
        LocalDate published = map.text("published").map(date -> parseDate(date, map, problems)).orElse(null);
        String text = map.limited("text", map.requiredText("text", "The article"), 1_000_000);
        List<String> boilerplate = new ArrayList<>();
        for (Node node : map.list("boilerplate")) {
            String line = scalar(node, "a boilerplate entry", problems);
            if (line.length() > 1000) {
                problems.add(new QuizFileProblem(YamlMap.lineOf(node), "a boilerplate line is longer than 1000 characters"));
            } else if (!line.isBlank() && !text.contains(line)) {
                problems.add(new QuizFileProblem(YamlMap.lineOf(node),
                        "boilerplate '" + line + "' is not in the article text"));
            }
            boilerplate.add(line);
        }
        return new ArticleData(title, publisher, url, published, text, boilerplate);
    }

    private static LocalDate parseDate(String date, YamlMap map, List<QuizFileProblem> problems) {
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            problems.add(new QuizFileProblem(map.lineOf("published"),
                    "published must be a date like 2018-07-20, not '" + date + "'"));
            return null;
        }
    }

    private List<QuestionData> readQuestions(YamlMap top, ArticleData article, List<QuizFileProblem> problems) {
        List<Node> nodes = top.list("questions");
        if (nodes.isEmpty()) {
            problems.add(new QuizFileProblem(top.lineOf("questions"), "the quiz set needs at least one question"));
        }
        List<QuestionData> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : nodes) {
            YamlMap.of(node, "a question", problems)
                    .map(map -> new QuestionReader(map, article, problems).read())
                    .ifPresent(question -> {
                        if (!ids.add(question.id())) {
                            problems.add(new QuizFileProblem(YamlMap.lineOf(node),
                                    "question id '" + question.id() + "' is used twice"));
                        }
                        questions.add(question);
                    });
        }
        return questions;
    }

    static String scalar(Node node, String what, List<QuizFileProblem> problems) {
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar) {
            return scalar.getValue();
        }
        problems.add(new QuizFileProblem(YamlMap.lineOf(node), what + " must be a single value"));
        return "";
    }
}
