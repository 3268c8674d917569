package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.CueLexicon;
import app.saidwho.attribution.Kind;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * UNSOURCED: a claim the article makes with no source, or the writer's own inference ("seems to"), among
 * statements the article does attribute.
 */
final class UnsourcedGenerator implements QuestionGenerator {
    private static final Pattern INFERENCE = Pattern.compile("\\b(seems?|appears?) to\\b|\\bapparently\\b|\\blikely\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int LIMIT = 2;
    private final CueLexicon lexicon = CueLexicon.fromResource();

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        List<String> sourced = new ArrayList<>();
        List<String> names = new ArrayList<>(facts.sources.keySet());
        for (Attribution a : facts.attributions()) {
            String content = facts.content(a);
            boolean statement = content.startsWith("that ") || Character.isUpperCase(content.charAt(0));
            if (ArticleFacts.named(a) && ArticleFacts.reportsWords(a) && a.kind() == Kind.INDIRECT
                    && Excerpts.wordCount(content) >= 8 && statement) {
                sourced.add(Excerpts.words(facts.content(a).replaceFirst("^that ", ""), 14));
            }
        }
        int made = 0;
        for (CharSpan claim : facts.result.unattributed()) {
            String sentence = claim.text(facts.text);
            if (made >= LIMIT || !plainClaim(sentence)) {
                continue;
            }
            boolean inference = INFERENCE.matcher(sentence).find();
            if (inference) {
                String prompt = "Who says that \"" + Excerpts.words(sentence, 20) + "\"?";
                String key = "No one: it is the writer's own inference";
                sink.offer(Skill.UNSOURCED, prompt, key, Options.pick(key, names, Sink.MAX_OPTIONS - 1),
                        "No source and no attribution verb go with this sentence. Words such as \"seems to\" or "
                                + "\"likely\" show the writer is drawing a conclusion, not reporting what someone said. "
                                + "Look at the highlighted passage.", claim, Difficulty.HARD);
            } else {
                String prompt = "Which of these statements does the article make without saying who it comes from?";
                String key = Excerpts.words(sentence, 14);
                sink.offer(Skill.UNSOURCED, prompt, key, Options.pick(key, sourced,
                        Sink.MAX_OPTIONS - 1), "This sentence has no source and no attribution verb such as \"said\": "
                        + "the article states it as fact. The other statements each come with a source. "
                        + "Look at the highlighted passage.", claim, Difficulty.MEDIUM);
            }
            made++;
        }
    }

    /** A declarative sentence with no quotation marks and no word that could be an attribution cue. */
    private boolean plainClaim(String sentence) {
        if (Excerpts.wordCount(sentence) < 8 || sentence.endsWith("?") || sentence.matches(".*[\"“”].*")
                || sentence.toLowerCase().contains("according")) {
            return false;
        }
        for (String word : sentence.split("[^\\p{L}']+")) {
            if (lexicon.byForm(word).isPresent()) {
                return false;
            }
        }
        return !sentence.matches("(?i).*\\b(i|we|my|our)\\b.*");
    }
}
