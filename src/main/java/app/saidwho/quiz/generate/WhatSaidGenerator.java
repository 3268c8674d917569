package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.Kind;
import app.saidwho.attribution.SourceType;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * WHAT_SAID: a source, and what they said among statements other speakers made that they did not make.
 * The key is a statement the engine is sure of (HIGH); a wrong option may also be a statement it is fairly sure
 * of (MEDIUM) when another source is named at its cue: for that option to be right the engine would have had to
 * put this very speaker's words on someone it names, which is far rarer than missing a speaker.
 * Quotations and paraphrases are both shown without quotation marks, so the marks give nothing away.
 */
final class WhatSaidGenerator implements QuestionGenerator {
    private static final int OPTION_WORDS = 16;
    private static final int POOL = 60;

    /** A statement the engine is sure of, whose it is, and the words the article gives it. */
    private record Said(Attribution attribution, String entity, CharSpan words, String option) {
    }

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        List<Said> keys = new ArrayList<>();
        List<Said> others = new ArrayList<>();
        for (Attribution a : facts.attributions()) {
            Trust.Level level = Trust.of(facts.text, a);
            if (level == Trust.Level.HIGH && keys.size() < POOL && PronounKeys.doubt(facts, a, null).isEmpty()) {
                said(facts, a).ifPresent(keys::add);
            }
            if (others.size() < POOL && (level == Trust.Level.HIGH
                    || level == Trust.Level.MEDIUM && Trust.namedAtCue(facts.text, a) && !facts.mentionIsPronoun(a))) {
                said(facts, a).ifPresent(others::add);
            }
        }
        Set<String> asked = new HashSet<>();
        // words a "who said" question keys would give this one away (the validator refuses them): not offered at all,
        // so the tries go to other statements
        Set<CharSpan> keyed = new HashSet<>(sink.wordsKeyed(Skill.WHO_SAID, true));
        for (Said s : keys) {
            if (sink.full(Skill.WHAT_SAID)) {
                return;
            }
            if (!asked.contains(s.entity()) && keyed.stream().noneMatch(w -> w.overlaps(s.words()))
                    && !sink.printedBesideSpeaker(s.words())) {
                // a statement another item keys (a "who said it" quotation, an earlier key of this skill) tells the
                // learner whose it is: unused statements first, and at most one such among the wrong options
                List<CharSpan> taken = new ArrayList<>(sink.wordsKeyed(Skill.WHO_SAID, true));
                taken.addAll(sink.wordsKeyed(Skill.WHAT_SAID, false));
                List<Said> pool = new ArrayList<>(others.stream().filter(o -> !keyedElsewhere(o, taken)).toList());
                others.stream().filter(o -> keyedElsewhere(o, taken) && !o.entity().equals(s.entity())).findFirst()
                        .ifPresent(pool::add);
                if (offer(facts, sink, s, pool)) {
                    asked.add(s.entity());
                }
            }
        }
    }

    private static boolean keyedElsewhere(Said said, List<CharSpan> taken) {
        return taken.stream().anyMatch(t -> t.overlaps(said.words()));
    }

    /** The words of a statement: the quotation when there is one, else the paraphrased clause ("that …"). */
    private static Optional<Said> said(ArticleFacts facts, Attribution a) {
        if (!ArticleFacts.keyable(facts, a)) {
            return Optional.empty();
        }
        Optional<CharSpan> quote = facts.quotation(a);
        CharSpan words = quote.orElse(a.content());
        String text = quote.isPresent() ? facts.quotedWords(words) : facts.content(a).replaceFirst("^that ", "");
        boolean statement = quote.isPresent() && !text.isBlank() && opensAClause(facts, a, quote.get(), text)
                || a.kind() == Kind.INDIRECT && facts.content(a).startsWith("that ");
        // "He did not know …" as an option: which "he"? The article's pronoun means its speaker, not the learner's.
        boolean opensWithPronoun = text.matches("(?i)^(that )?(he|she|they|it|his|her|their)\\b.*")
                // "is a misguided approach": quoted words without their subject read as no statement
                || text.matches("(?i)^(is|are|was|were|has|have|had|will|would|can|could|should|must|may|might)\\b.*");
        String option = statement && !opensWithPronoun && Excerpts.wordCount(text) >= 4 ? Excerpts.clip(Excerpts.withoutMarks(text), OPTION_WORDS) : null;
        return Optional.ofNullable(option).map(o -> new Said(a, ArticleFacts.entity(a), words,
                Grammar.capitalised(o.replaceAll("[.,;:]+$", ""))));
    }

    /**
     * A quotation that opens in lower case is a statement only right after its cue or "that" ("warned “there are
     * forces …”"); elsewhere it goes on the writer's sentence ("saw the town as “a place …”") and reads as none alone.
     */
    private static boolean opensAClause(ArticleFacts facts, Attribution a, CharSpan quote, String words) {
        if (!Character.isLowerCase(words.strip().charAt(0))) {
            return true;
        }
        String before = facts.text.substring(Math.max(0, quote.start() - 40), quote.start()).replaceAll("[\\s\"“'‘`]+$", "");
        return a.cue() != null && a.cue().span().end() >= quote.start() - 3 && a.cue().span().end() <= quote.start()
                || before.endsWith(" that") || before.endsWith(":");
    }

    private static boolean offer(ArticleFacts facts, Sink sink, Said key, List<Said> pool) {
        List<String> own = facts.byEntity(key.entity()).stream().map(facts::content).toList();
        List<String> distractors = new ArrayList<>();
        Set<String> from = new HashSet<>();
        for (Said s : pool) {
            if (distractors.size() < Sink.MAX_OPTIONS - 1 && !s.entity().equals(key.entity()) && from.add(s.entity())
                    && own.stream().noneMatch(mine -> Options.sameGist(s.words().text(facts.text), mine))) {
                distractors.add(s.option());
            }
        }
        Attribution a = key.attribution();
        String name = a.source().type() == SourceType.PERSON ? facts.speakers.fullName(a.source().name(), a.source().type())
                : facts.display(a);
        int fromOthers = distractors.size();
        if (fromOthers < Validator.MIN_OPTIONS - 1) {
            distractors.addAll(WritersStatements.awayFrom(facts, key.entity(), name, own, Validator.MIN_OPTIONS - 1 - fromOthers,
                    OPTION_WORDS));
        }
        String others = fromOthers == distractors.size() ? " Each of the other statements is someone else's in the article."
                : fromOthers == 0 ? " The other statements are the writer's own, given with no source."
                : " The other statements are someone else's in the article, or the writer's own, given with no source.";
        String why = SpeakerExplanations.tie(facts, a) + others + " Look at the highlighted passage.";
        return sink.offer(new Candidate(Skill.WHAT_SAID, "Which of these did " + name + " say, according to the article?",
                key.option(), distractors).explained(why, facts.evidence(a)).keyFrom(a).claims(name, key.words()));
    }
}
