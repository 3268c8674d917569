package app.saidwho.quiz.file;

import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.file.QuizSetFile.ArticleData;
import app.saidwho.quiz.file.QuizSetFile.QuestionData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/** Writes a quiz set in the format of docs/quiz-set-format.md, so that the parser reads back the same set. */
public final class QuizSetFileWriter {

    public String write(QuizSetFile file) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("title", file.title());
        top.put("status", file.status().name().toLowerCase(Locale.ROOT));
        top.put("article", article(file.article()));
        List<Map<String, Object>> questions = new ArrayList<>();
        for (QuestionData q : file.questions()) {
            questions.add(question(q));
        }
        top.put("questions", questions);
        return "# Quiz set written by Said Who?; format: docs/quiz-set-format.md\n" + yaml().dump(top);
    }

    /** A question's fields; those its type has no use for are left out, and CHOICE is not written (the default). */
    private static Map<String, Object> question(QuestionData q) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", q.id());
        if (q.type() != ItemType.CHOICE) {
            question.put("type", q.type().name());
        }
        question.put("skill", q.skill().name());
        question.put("prompt", q.prompt());
        if (!q.options().isEmpty()) {
            question.put("options", q.options());
        }
        if (q.answerIndex() >= 0) {
            question.put("key", q.options().get(q.answerIndex()));
        }
        if (!q.pairs().isEmpty()) {
            List<Map<String, Object>> pairs = new ArrayList<>();
            for (var p : q.pairs()) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("prompt", p.prompt());
                pair.put("answer", p.answer());
                pairs.add(pair);
            }
            question.put("pairs", pairs);
        }
        if (q.rubric() != null) {
            Map<String, Object> rubric = new LinkedHashMap<>();
            rubric.put("proficient", q.rubric().proficient());
            rubric.put("emergent", q.rubric().emergent());
            rubric.put("basic", q.rubric().basic());
            question.put("rubric", rubric);
        }
        question.put("explanation", q.explanation());
        question.put("evidence", q.evidence());
        return question;
    }

    private static Map<String, Object> article(ArticleData article) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", article.title());
        map.put("publisher", article.publisher());
        if (article.url() != null) {
            map.put("url", article.url());
        }
        if (article.published() != null) {
            map.put("published", article.published().toString());
        }
        if (!article.boilerplate().isEmpty()) {
            map.put("boilerplate", article.boilerplate());
        }
        map.put("text", article.text());
        return map;
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(1_000_000);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(new TextRepresenter(options), options);
    }

    /** Multi-line text (the article) as a literal block; everything else as plain or quoted scalars. */
    private static final class TextRepresenter extends Representer {
        TextRepresenter(DumperOptions options) {
            super(options);
            Represent plain = representers.get(String.class);
            representers.put(String.class, data -> {
                String text = (String) data;
                if (text.contains("\n") && !text.contains("\r") && !text.endsWith("\n") && text.lines().noneMatch(l -> l.endsWith(" ") || l.startsWith(" "))) {
                    return representScalar(Tag.STR, text, DumperOptions.ScalarStyle.LITERAL);
                }
                return plain.representData(data);
            });
        }
    }
}
