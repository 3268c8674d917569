package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.Channel;
import app.saidwho.attribution.CharSpan;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** CHANNEL: how or where a source said something, when the article says so next to the cue. */
final class ChannelGenerator implements QuestionGenerator {
    /** Words that would make a channel a right answer too: such a channel is never a distractor. */
    private static final Map<Channel, List<String>> WORDS = Map.of(Channel.TWEET, List.of("tweet", "twitter"),
            Channel.INTERVIEW, List.of("interview"), Channel.PRESS_CONFERENCE, List.of("conference", "briefing"),
            Channel.STATEMENT, List.of("statement"), Channel.SPEECH, List.of("speech", "rally", "address"));

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Set<String> asked = new HashSet<>();
        for (Attribution a : facts.attributions()) {
            if (sink.full(Skill.CHANNEL)) {
                return;
            }
            Optional<CharSpan> quote = facts.quotation(a);
            if (ArticleFacts.keyable(facts, a) && a.channel() != null && Labels.ASKABLE_CHANNELS.contains(a.channel())
                    && quote.isPresent() && asked.add(Options.normal(facts.content(a)))) {
                offer(facts, sink, a, quote.get());
            }
        }
    }

    private static void offer(ArticleFacts facts, Sink sink, Attribution a, CharSpan quote) {
        String name = facts.display(a);
        String excerpt = Excerpts.clip(facts.quotedWords(quote), 15);
        if (excerpt == null) {
            return;
        }
        String prompt = "How did " + name + " say this: " + Excerpts.quotedInSentence(excerpt) + "?";
        String sentence = facts.evidence(a).text(facts.text).toLowerCase(Locale.ROOT);
        List<String> distractors = new ArrayList<>();
        for (Channel other : Labels.ASKABLE_CHANNELS) {
            if (other != a.channel() && WORDS.get(other).stream().noneMatch(sentence::contains)) {
                distractors.add(Labels.channel(other));
            }
        }
        String key = Labels.channel(a.channel());
        String why = (a.channel() == Channel.INTERVIEW && !sentence.contains("interview")
                && !toOutlet(facts, a).toLowerCase(Locale.ROOT).contains("interview")
                ? "The article says " + name + " gave these words to a news outlet (\"" + toOutlet(facts, a)
                + "\"): words a source gives a reporter who asks are an interview."
                : "Next to the cue \"" + facts.cue(a) + "\" the article says how " + name + " said it: "
                + key.toLowerCase(Locale.ROOT) + ".") + " Look at the highlighted passage.";
        sink.offer(new Candidate(Skill.CHANNEL, prompt, key, distractors.subList(0, Math.min(distractors.size(),
                Sink.MAX_OPTIONS - 1))).explained(why, facts.evidence(a).union(outletSpan(facts, a)))
                .difficulty(Difficulty.EASY).keyFrom(a));
    }

    /** The cue and the outlet after it ("told Reuters", "said on Fox News"), up to the next punctuation. */
    private static CharSpan outletSpan(ArticleFacts facts, Attribution a) {
        int start = a.cue().span().start();
        int end = a.cue().span().end();
        while (end < facts.text.length() && end - a.cue().span().end() < 40 && ",.;:!?\n“\"".indexOf(facts.text.charAt(end)) < 0) {
            end++;
        }
        return new CharSpan(start, end);
    }

    private static String toOutlet(ArticleFacts facts, Attribution a) {
        return outletSpan(facts, a).text(facts.text).strip();
    }
}
