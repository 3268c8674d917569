package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a source mention to one entity of the article: a name to its full form, a surname (or "Mr"
 * and a surname) to the person named in full, a role ("the president") or a body's head word ("the
 * agency") to the one entity it named, a pronoun through {@link PronounResolver}.
 */
final class MentionResolver {
    private final AnalyzedText doc;
    private final List<Quote> quotes;
    private final NameTable table;
    private PronounResolver pronouns;

    MentionResolver(AnalyzedText doc, List<Quote> quotes) {
        this.doc = doc;
        this.quotes = quotes;
        this.table = new NameTable(doc, quotes);
    }

    /**
     * An entity's name, or null when the article does not tell; {@code uncertain} for a weak pronoun resolution;
     * for a pronoun, the index of the sentence that named its person ({@code antecedentSentence}), else -1.
     */
    record Resolved(String name, boolean uncertain, int antecedentSentence) {
        static final Resolved NONE = new Resolved(null, false);

        Resolved(String name, boolean uncertain) {
            this(name, uncertain, -1);
        }
    }

    /** Tells the table about a speaker a sieve found ("Paradis agrees"), before any pronoun is resolved. */
    void noteSpeaker(Phrase phrase, int offset) {
        if (pronouns != null || phrase.head().is("PRON") || !phrase.has("PROPN") || phrase.hasWord("and", "&")) {
            return; // a group ("Ames and Bell said") is no "he" or "she"
        }
        String name = resolve(phrase, offset).name();
        if (name != null && SourceClassifier.classify(phrase, name, isKnownPerson(name)) == SourceType.PERSON) {
            table.note(new NameTable.Mention(offset, name, phrase.sentence().index(), true, false, true));
        }
    }

    Resolved resolve(Phrase phrase, int offset) {
        Sentence s = phrase.sentence();
        Token head = phrase.head();
        boolean groupWord = Words.VAGUE_HEADS.contains(head.lower()) || Words.ANONYMOUS_HEADS.contains(head.lower());
        boolean writtenAsName = head.isCapitalised() && head.index() > 0;
        if (groupWord && !head.isWord("they") && (phrase.size() == 1 || !hasNameBefore(phrase) && !writtenAsName)) {
            return Resolved.NONE; // "officials", "People familiar with the matter": nobody the article names
        }
        if (phrase.size() == 1 && head.is("PRON")) {
            return pronoun(head, s);
        }
        Resolved named = NameReader.read(phrase, table, offset);
        return named.name() != null || named.uncertain() ? named : roleOf(phrase);
    }

    private Resolved pronoun(Token head, Sentence s) {
        boolean quoted = Quote.anyEncloses(quotes, head);
        if (head.isWord("they") && !quoted) {
            return weakOrNot(pronouns().body(head.span().start(), s.index()));
        }
        if (head.isWord("he", "she", "him", "her")) {
            return weakOrNot(pronouns().resolve(head, s));
        }
        // "I" and "we" outside a quotation are the writer's, not the last person named.
        return Resolved.NONE;
    }

    private PronounResolver pronouns() {
        if (pronouns == null) {
            pronouns = new PronounResolver(table, doc, quotes);
        }
        return pronouns;
    }

    private static Resolved weakOrNot(PronounResolver.Resolution r) {
        return new Resolved(r.name(), r.uncertain(), r.sentence());
    }

    /** "the press secretary", "the agency": the one entity the article named with those words. */
    private Resolved roleOf(Phrase phrase) {
        List<String> words = new ArrayList<>();
        for (int k = phrase.first(); k <= phrase.last(); k++) {
            Token t = phrase.sentence().token(k);
            if (!t.is("DET") && !t.isWord("his", "her", "their", "its")) {
                words.add(t.lower());
            }
        }
        if (words.isEmpty()) {
            return Resolved.NONE;
        }
        String role = String.join(" ", words);
        String last = words.get(words.size() - 1);
        String name = table.roles.get(role) != null ? table.roles.get(role) : table.roles.get(last);
        if (name == null && phrase.size() == 2 && phrase.sentence().token(phrase.first()).is("DET")) {
            name = table.bodies.get(last);
        }
        return new Resolved(name, false);
    }

    private static boolean hasNameBefore(Phrase phrase) {
        for (int k = phrase.first(); k < phrase.headIndex(); k++) {
            if (phrase.sentence().token(k).is("PROPN")) {
                return true;
            }
        }
        return false;
    }

    boolean isKnownPerson(String name) {
        return table.isKnownPerson(name);
    }

    boolean isBody(String name) {
        return name != null && table.mentions.stream().anyMatch(m -> m.body() && m.name().equals(name));
    }
}
