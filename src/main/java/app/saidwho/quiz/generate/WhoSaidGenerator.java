package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.quiz.Skill;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * WHO_SAID: a quotation, and its speaker among other people (or bodies) the article presents as speaking
 * who did not say these words or their gist.
 */
final class WhoSaidGenerator implements QuestionGenerator {
    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Set<String> asked = new HashSet<>();
        for (Attribution a : facts.attributions()) {
            if (sink.full(Skill.WHO_SAID)) {
                return;
            }
            Optional<CharSpan> quote = facts.quotation(a);
            if (!ArticleFacts.keyable(facts, a) || quote.isEmpty() || !asked.add(Options.normal(facts.quotedWords(quote.get())))) {
                continue;
            }
            if (sink.askedByItem(quote.get()) || sink.printedBesideSpeaker(quote.get())) {
                continue; // an EVIDENCE item or a MATCH row asks whose these words are, or a CHANNEL prompt tells it
            }
            offer(facts, sink, a, quote.get());
        }
    }

    private static void offer(ArticleFacts facts, Sink sink, Attribution a, CharSpan quote) {
        String words = facts.quotedWords(quote);
        String excerpt = Excerpts.clip(words, Excerpts.MAX_WORDS);
        String name = facts.speakers.fullName(a.source().name(), a.source().type());
        String shown = excerpt == null ? words : excerpt;
        // "Who said “Are we there?”?" piles marks up: a question or an exclamation is asked about as "these words"
        String subject = QuotedSentences.opensWithVerb(words) ? QuotedSentences.subjectBefore(facts.text, quote) : "";
        String prompt = Excerpts.asksOrExclaims(shown) ? "Whose words are these: " + Excerpts.quoted(shown.strip())
                : "Who said " + (subject == null || subject.isEmpty() ? "" : "that " + Grammar.inSentence(subject) + " ")
                + Excerpts.quotedInSentence(shown) + "?";
        if (excerpt == null) {
            sink.drop(Skill.WHO_SAID, prompt, "no clause or sentence end to cut the quotation at");
            return;
        }
        if (INNER_SPEECH.matcher(shown).find()) { // "His people said, 'There are …'": two speakers' words in one quotation
            sink.drop(Skill.WHO_SAID, prompt, "the quotation holds words it reports from someone else");
            return;
        }
        if (subject == null) { // "Who said “is a misguided approach”?" leaves the learner asking what is
            sink.drop(Skill.WHO_SAID, prompt, "the quotation opens with its verb and the article's words before it name no subject");
            return;
        }
        Set<String> excluded = new HashSet<>(Set.of(ArticleFacts.entity(a)));
        for (Attribution o : facts.attributions()) {
            if (ArticleFacts.namedSource(o) && !ArticleFacts.entity(o).equals(ArticleFacts.entity(a))
                    && Options.sameGist(words, facts.content(o))) {
                if (Options.normal(facts.content(o)).contains(Options.normal(words))) {
                    sink.drop(Skill.WHO_SAID, prompt, "two sources said these words: " + name + " and " + o.source().name());
                    return;
                }
                excluded.add(ArticleFacts.entity(o));
            }
        }
        String mention = facts.mention(a);
        // "IMF chief economist Jane Doe said": the IMF speaks through her, so it would be a second right option
        List<String> distractors = facts.speakers.others(a.source().type(), excluded).stream()
                .filter(s -> s.type() == app.saidwho.attribution.SourceType.PERSON || !speaksFor(mention, s.name()))
                .map(Speakers.Speaker::name).limit(Sink.MAX_OPTIONS - 1).toList();
        String why = SpeakerExplanations.tie(facts, a);
        if (distractors.size() == Validator.MIN_OPTIONS - 2 && namedBesideWords(facts, a)) {
            distractors = java.util.stream.Stream.concat(distractors.stream(), java.util.stream.Stream.of(Options.NO_SPEAKER)).toList();
            why += " So the article does say who said it.";
        }
        sink.offer(new Candidate(Skill.WHO_SAID, prompt, name, distractors)
                .explained(why + " Look at the highlighted passage.", facts.evidence(a))
                .difficulty(difficulty(facts, a)).keyFrom(a).speakerOptions().claims(name, quote));
    }

    static final java.util.regex.Pattern INNER_SPEECH = java.util.regex.Pattern.compile(
            "\\b(said|says|say|wrote|write|writes|replied|added|(told|tell|asked|asks) \\p{L}+)[,:]?\\s+['‘\"“]");

    /**
     * Only one other person speaks in the article, so "the article does not say" is the third option; provably
     * wrong only where the sentence of the words names the speaker (a pronoun leaves a reader room to argue).
     */
    private static boolean namedBesideWords(ArticleFacts facts, Attribution a) {
        return !facts.mentionIsPronoun(a) && (a.source().type() == app.saidwho.attribution.SourceType.PERSON
                || a.source().type() == app.saidwho.attribution.SourceType.ORGANISATION)
                && facts.evidence(a).contains(a.source().span());
    }

    /** The speaker's own words name the body: a capitalised word of its name, or its initials ("IMF"). */
    static boolean speaksFor(String mention, String body) {
        java.util.List<String> words = java.util.Arrays.asList(mention.split("[^\\p{L}]+"));
        StringBuilder initials = new StringBuilder();
        for (String w : body.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
                if (w.length() > 2 && words.contains(w)) {
                    return true;
                }
            }
        }
        return initials.length() > 1 && words.contains(initials.toString());
    }

    private static Difficulty difficulty(ArticleFacts facts, Attribution a) {
        if (facts.mentionIsPronoun(a)) {
            return Difficulty.HARD;
        }
        return a.source().span().start() > a.content().start() ? Difficulty.EASY : Difficulty.MEDIUM;
    }
}
