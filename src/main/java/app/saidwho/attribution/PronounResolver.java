package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who "he", "she" and "they" stand for, as a reader of news would work it out: the nearest sentence that
 * names someone who fits (same gender; for "they", a body), and in that sentence its subject. When two
 * people fit and neither is the subject, the pronoun stays unresolved. Pronouns outside quotations are
 * resolved in reading order, so "He … He …" follows one person through a paragraph.
 */
final class PronounResolver {
    /** How far back, in characters, a pronoun may point. */
    private static final int REACH = 1500;
    /** Beyond this many sentences or characters a resolution is a guess a reader would check. */
    private static final int NEAR_SENTENCES = 2;
    private static final int NEAR_CHARS = 600;

    private final NameTable table;
    private final Map<Integer, Resolution> resolved = new HashMap<>();

    PronounResolver(NameTable table, AnalyzedText doc, List<Quote> quotes) {
        this.table = table;
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                Gender g = Gender.ofWord(t.text());
                if (t.is("PRON") && t.isWord("he", "she") && !Quote.anyEncloses(quotes, t)) {
                    Resolution r = person(t.span().start(), s.index(), g);
                    resolved.put(t.span().start(), r);
                    if (r.name() != null) {
                        table.note(new NameTable.Mention(t.span().start(), r.name(), s.index(),
                                NameTable.isSubjectPosition(s, t.index()), false));
                    }
                }
            }
        }
    }

    /** The person a he/she/him/her at the offset stands for. */
    Resolution resolve(Token pronoun, Sentence s) {
        Resolution known = resolved.get(pronoun.span().start());
        Resolution r = known != null ? known : person(pronoun.span().start(), s.index(), Gender.ofWord(pronoun.text()));
        return r.name() == null ? Resolution.TIE : r; // a "he" the article ties to no one is as weak as a tie
    }

    private Resolution person(int offset, int sentence, Gender gender) {
        // The object of a preposition ("in New Hampshire", "a rally for Cruz") is seldom what a later pronoun means.
        return nearest(offset, sentence, m -> !m.body() && !m.prepositional() && table.genderOf(m.name()).agreesWith(gender));
    }

    /**
     * A body (never one person) for "they": the subject of this sentence or the one before, when that
     * subject is a body ("The Harbor Board met. They said …"); anything else is left unresolved.
     */
    Resolution body(int offset, int sentence) {
        Resolution r = nearest(offset, sentence, m -> !m.prepositional() && sentence - m.sentence() <= 1);
        boolean isBody = r.name() != null && table.mentions.stream().anyMatch(m -> m.body() && m.opensSentence()
                && m.name().equals(r.name()) && sentence - m.sentence() <= 1 && m.offset() < offset);
        // Right about two times in three on news: a name for the reader, never a key a quiz can trust.
        return isBody && !r.uncertain() ? new Resolution(r.name(), true, r.sentence()) : Resolution.NONE;
    }

    private Resolution nearest(int offset, int sentence, java.util.function.Predicate<NameTable.Mention> fits) {
        List<NameTable.Mention> inSentence = new ArrayList<>();
        int current = -1;
        for (int i = table.mentions.size() - 1; i >= 0; i--) {
            NameTable.Mention m = table.mentions.get(i);
            if (m.offset() >= offset || !fits.test(m)) {
                continue;
            }
            if (offset - m.offset() > REACH) {
                break;
            }
            if (current >= 0 && m.sentence() != current) {
                break;
            }
            current = m.sentence();
            inSentence.add(0, m);
        }
        return inSentence.isEmpty() ? Resolution.NONE : pick(inSentence, offset, sentence);
    }

    /** The one person of the sentence, or its subject; two people and no subject make a tie. */
    private static Resolution pick(List<NameTable.Mention> inSentence, int offset, int sentence) {
        NameTable.Mention first = inSentence.get(0);
        boolean far = sentence - first.sentence() > NEAR_SENTENCES || offset - first.offset() > NEAR_CHARS;
        if (inSentence.stream().map(NameTable.Mention::name).distinct().count() == 1) {
            return new Resolution(first.name(), far, first.sentence());
        }
        // The speaker of the sentence is what it is about ("Yet Ames is a risk, Bell said. …," he said → Bell).
        NameTable.Mention subject = inSentence.stream().filter(NameTable.Mention::speaker).findFirst()
                .or(() -> inSentence.stream().filter(NameTable.Mention::subject).findFirst()).orElse(null);
        return subject != null ? new Resolution(subject.name(), far, subject.sentence()) : Resolution.TIE;
    }

    /**
     * A pronoun's entity, or null; {@code uncertain} when it was a tie or comes from far back; {@code sentence}
     * is the index of the sentence that named the entity (-1 when none did).
     */
    record Resolution(String name, boolean uncertain, int sentence) {
        static final Resolution NONE = new Resolution(null, false, -1);
        static final Resolution TIE = new Resolution(null, true, -1);
    }
}
