package app.saidwho.cli;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.attribution.brat.Corpus;
import app.saidwho.quiz.generate.KeyAudit;
import app.saidwho.quiz.generate.KeyAudit.Check;
import app.saidwho.quiz.generate.KeyAudit.Verdict;
import app.saidwho.quiz.generate.QuizDraft;
import app.saidwho.quiz.generate.QuizGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Drafts for every article of a corpus, their speaker keys checked against the annotations; prints the tally. */
public final class QuizEvaluations {
    private QuizEvaluations() {
    }

    /**
     * What one run found: the checks, the questions and skills per article, questions per skill and per type,
     * and on how many articles each skill appears.
     */
    public record Outcome(List<Check> checks, int articles, int questions, int skillsSum, int flagged,
                          Map<String, Integer> perSkill, Map<String, Integer> perType, Map<String, Integer> articlesPerSkill,
                          Map<String, Integer> dropped) {
        public long count(Verdict verdict) {
            return checks.stream().filter(c -> c.verdict() == verdict).count();
        }
    }

    public static Outcome run(AttributionEngine engine, List<Corpus.Article> articles, PrintStream out) throws IOException {
        QuizGenerator generator = new QuizGenerator();
        List<Check> checks = new ArrayList<>();
        int questions = 0;
        int skills = 0;
        int flagged = 0;
        Map<String, Integer> perSkill = new TreeMap<>();
        Map<String, Integer> perType = new TreeMap<>();
        Map<String, Integer> articlesPerSkill = new TreeMap<>();
        Map<String, Integer> dropped = new TreeMap<>();
        for (Corpus.Article article : articles) {
            String text = article.readText();
            QuizDraft draft = generator.generate(engine.analyse(text));
            questions += draft.questions().size();
            skills += (int) draft.questions().stream().map(q -> q.skill()).distinct().count();
            flagged += (int) draft.questions().stream().filter(q -> q.flagged()).count();
            draft.questions().forEach(q -> perSkill.merge(q.skill().name(), 1, Integer::sum));
            draft.questions().forEach(q -> perType.merge(q.type().name(), 1, Integer::sum));
            draft.questions().stream().map(q -> q.skill().name()).distinct()
                    .forEach(skill -> articlesPerSkill.merge(skill, 1, Integer::sum));
            draft.dropped().forEach(d -> dropped.merge(d.skill() + " " + d.reason().replaceAll(" \\(.*|:.*|, and .*|, but .*", ""), 1, Integer::sum));
            for (Check check : KeyAudit.audit(text, draft, article.readGold())) {
                checks.add(check);
                if (check.verdict() == Verdict.WRONG) {
                    out.printf("WRONG %s [%s%s] %s%n    key: %s; annotated source: %s%n", article.name(), check.label(),
                            check.flagged() ? ", flagged" : "", check.prompt(), check.key(), check.gold());
                }
            }
        }
        Outcome outcome = new Outcome(checks, articles.size(), questions, skills, flagged, perSkill, perType,
                articlesPerSkill, dropped);
        print(outcome, out);
        return outcome;
    }

    private static void print(Outcome o, PrintStream out) {
        long checked = o.checks().size();
        long wrong = o.count(Verdict.WRONG);
        long verifiable = checked - o.count(Verdict.UNVERIFIABLE);
        out.printf("%n%d articles, %d questions (%.1f per article, %.1f skills per article), %d flagged \"check this key\"%n",
                o.articles(), o.questions(), o.questions() / (double) Math.max(1, o.articles()),
                o.skillsSum() / (double) Math.max(1, o.articles()), o.flagged());
        out.printf("speaker keys checked %d: right %d, wrong %d (%.1f %% of checked, %.1f %% of verifiable), unverifiable %d%n",
                checked, o.count(Verdict.RIGHT), wrong, 100.0 * wrong / Math.max(1, checked),
                100.0 * wrong / Math.max(1, verifiable), o.count(Verdict.UNVERIFIABLE));
        out.printf("questions per skill: %s%nquestions per type: %s%narticles with the skill: %s%nleft out by the validator: %s%n",
                o.perSkill(), o.perType(), o.articlesPerSkill(), o.dropped());
        long sure = o.checks().stream().filter(c -> !c.flagged()).count();
        long sureWrong = o.checks().stream().filter(c -> !c.flagged() && c.verdict() == Verdict.WRONG).count();
        out.printf("  keys the engine is sure of: %d checked, %d wrong; flagged \"check this key\": %d checked, %d wrong%n",
                sure, sureWrong, checked - sure, wrong - sureWrong);
        Map<String, long[]> bySkill = new TreeMap<>();
        for (Check c : o.checks()) {
            bySkill.computeIfAbsent(c.label(), k -> new long[3])[c.verdict().ordinal()]++;
        }
        bySkill.forEach((skill, n) -> out.printf("  %-16s right %d, wrong %d, unverifiable %d%n", skill, n[0], n[1], n[2]));
        Map<String, Long> why = new TreeMap<>();
        o.checks().stream().filter(c -> c.verdict() == Verdict.UNVERIFIABLE)
                .forEach(c -> why.merge(c.gold().replaceAll("\".*\"", "…"), 1L, Long::sum));
        why.forEach((reason, n) -> out.printf("  unverifiable: %s: %d%n", reason, n));
    }
}
