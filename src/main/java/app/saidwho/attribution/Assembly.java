package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns drafts into attributions: resolved sources, kinds, channels, nesting, and the unattributed rest. */
final class Assembly {
    private final AnalyzedText doc;
    private final List<Quote> quotes;
    private final MentionResolver resolver;

    Assembly(AnalyzedText doc, List<Quote> quotes) {
        this.doc = doc;
        this.quotes = quotes;
        this.resolver = new MentionResolver(doc, quotes);
    }

    AttributionResult assemble(List<Draft> drafts) {
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparingInt(d -> d.content().start()));
        for (Draft draft : ordered) {
            if (draft.source() != null) {
                // Speakers the sieves found are people later pronouns may point back to ("Paradis agrees. She …").
                Phrase named = draft.source().antecedent() != null ? draft.source().antecedent() : draft.source().mention();
                resolver.noteSpeaker(named, draft.source().mention().span().start());
            }
        }
        Map<Draft, Attribution> made = new IdentityHashMap<>();
        for (Draft draft : ordered.stream().filter(d -> d.inheritFrom() == null).toList()) {
            made.put(draft, attribution(draft));
        }
        for (Draft draft : ordered.stream().filter(d -> d.inheritFrom() != null).toList()) {
            Attribution from = made.get(root(draft));
            made.put(draft, new Attribution(from.source(), null, draft.content(), kind(draft.content()),
                    from.channel(), -1, draft.rule(), draft.widenedBy(), Evidence.carriedOver(from.confidence())));
        }
        List<Attribution> attributions = nest(Evidence.samePersonAgain(doc.text(), ordered.stream().map(made::get).toList()));
        return new AttributionResult(doc.text(), attributions, unattributed(attributions), doc.boilerplate());
    }

    private static Draft root(Draft draft) {
        Draft d = draft;
        while (d.inheritFrom() != null) {
            d = d.inheritFrom();
        }
        return d;
    }

    private Attribution attribution(Draft draft) {
        SourceFinder.Found found = draft.source();
        if (found == null && draft.cue() == null) {
            return new Attribution(null, null, draft.content(), kind(draft.content()), null, -1, draft.rule(),
                    draft.widenedBy(), Confidence.LOW);
        }
        if (found == null) {
            CueMention cue = new CueMention(draft.cueSpan(), draft.cue().lemma(), draft.cue().stance());
            Channel channel = ChannelDetector.detect(draft.cueSentence(), draft.cueToken(), draft.cue(), draft.content());
            return new Attribution(null, cue, draft.content(), kind(draft.content()), channel, -1, draft.rule(),
                    draft.widenedBy(), Confidence.LOW);
        }
        Phrase mention = found.mention();
        Phrase named = found.antecedent() != null ? found.antecedent() : mention;
        int offset = mention.span().start();
        MentionResolver.Resolved resolved = resolver.resolve(named, offset);
        Optional<String> name = Optional.ofNullable(resolved.name()).filter(n -> !JunkNames.isJunk(doc.text(), n));
        if (name.isEmpty() && named.size() == 1 && named.head().isWord("who", "you")) {
            // A "who" the article never ties to anyone, or a "you": no source a reader could check.
            return attribution(new Draft(null, null, draft.cueSentence(), draft.cueToken(), draft.cue(), draft.cueSpan(),
                    draft.content(), draft.rule(), draft.widenedBy()));
        }
        boolean person = name.map(resolver::isKnownPerson).orElse(false)
                || (name.isPresent() && named.size() == 1 && named.head().is("PRON") && !resolver.isBody(name.get()));
        SourceType type = SourceClassifier.classify(named, name.orElse(null), person);
        String how = named.head().is("PRON") ? "pronoun" : named.has("PROPN") ? "name" : "description";
        SourceMention source = new SourceMention(mention.span(), name.orElse(null), type, draft.ruleName() + "/" + how,
                resolved.uncertain());
        if (draft.cue() == null) {
            // A subject quoting words with a verb the lexicon lacks: a likely source, no cue, never a key.
            return new Attribution(source, null, draft.content(), kind(draft.content()), null, -1, draft.rule(),
                    draft.widenedBy(), Confidence.LOW);
        }
        CueMention cue = new CueMention(draft.cueSpan(), draft.cue().lemma(), draft.cue().stance());
        Channel channel = ChannelDetector.detect(draft.cueSentence(), draft.cueToken(), draft.cue(), draft.content());
        boolean cueBetweenQuotes = draft.content().start() < draft.cueSpan().start() && draft.cueSpan().end() < draft.content().end();
        List<CharSpan> aside = cueBetweenQuotes
                ? List.of(mention.span(), draft.cueSpan(), sentenceTail(draft.cueSentence(), draft.cueToken()))
                : List.of();
        Kind kind = kind(draft.content(), aside);
        return new Attribution(source, cue, draft.content(), kind, channel, -1, draft.rule(), draft.widenedBy(),
                evidence(draft, found, named, resolved, type == SourceType.PERSON && name.isPresent(), kind));
    }

    /** A "they" tied to a body only weakly counts as no speaker (about half right on train). */
    private Confidence evidence(Draft draft, SourceFinder.Found found, Phrase named, MentionResolver.Resolved resolved,
                                boolean person, Kind kind) {
        boolean weakThey = resolved.uncertain() && named.head().isWord("they");
        boolean relative = Words.RELATIVE_PRONOUNS.contains(found.mention().head().lower());
        boolean cueQuoted = draft.cueSentence() != null && Quote.anyEncloses(quotes, draft.cueSentence().token(draft.cueToken()));
        return Evidence.of(draft, new Evidence.Found(named, relative, resolved.name() != null && !weakThey,
                resolved.uncertain(), person, cueQuoted, kind));
    }

    private Kind kind(CharSpan content) {
        return kind(content, List.of());
    }

    /**
     * DIRECT when nearly every letter of the content is inside quotation marks, the speaker's own "Lopez
     * said" between two quotes aside; MIXED when some are; INDIRECT when none are.
     */
    private Kind kind(CharSpan content, List<CharSpan> aside) {
        String text = doc.text();
        int letters = 0;
        int quoted = 0;
        for (int i = content.start(); i < content.end(); i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                continue;
            }
            final int at = i;
            if (aside.stream().anyMatch(span -> span.contains(at))) {
                continue;
            }
            letters++;
            if (quotes.stream().anyMatch(q -> q.span().contains(at))) {
                quoted++;
            }
        }
        if (quoted == 0) {
            return Kind.INDIRECT;
        }
        return quoted * 10 >= letters * 9 ? Kind.DIRECT : Kind.MIXED;
    }

    /** The words after a cue up to the end of its sentence or the next quote ("said on Monday."). */
    private CharSpan sentenceTail(Sentence s, int cue) {
        int last = cue;
        while (last + 1 < s.size() && !s.token(last + 1).isQuoteMark()) {
            last++;
        }
        return s.spanOf(cue, last + 1);
    }

    /**
     * An attribution whose cue lies inside another's content is nested in the smallest such content. Two that
     * hold each other's cue ("The Ledger reports that the mayor will quit, according to two aides") nest the
     * earlier cue in the later one, as PolNeAR does: the aides are cited for the whole report; never a cycle.
     */
    private static List<Attribution> nest(List<Attribution> attributions) {
        List<Attribution> nested = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            int parent = -1;
            CharSpan anchor = a.cue() != null ? a.cue().span() : null;
            for (int j = 0; anchor != null && j < attributions.size(); j++) {
                Attribution other = attributions.get(j);
                if (other != a && other.content().contains(anchor) && !holdsLaterCue(a, other)
                        && (parent < 0 || attributions.get(parent).content().length() > other.content().length())) {
                    parent = j;
                }
            }
            nested.add(parent < 0 ? a : a.withParent(parent));
        }
        return nested;
    }

    /** {@code a}'s content holds the cue of {@code other}, which comes before {@code a}'s own: {@code a} is the outer one. */
    private static boolean holdsLaterCue(Attribution a, Attribution other) {
        return other.cue() != null && a.content().contains(other.cue().span()) && other.cue().span().start() < a.cue().span().start();
    }

    /** Sentences that make a claim (a verb, five tokens or more, not a question) and no attribution touches. */
    /** Words inside quotation marks are someone's, never the writer's own claim, even when no speaker is found. */
    private boolean isMostlyQuoted(CharSpan sentence) {
        int quoted = quotes.stream().mapToInt(q -> Math.max(0, Math.min(q.span().end(), sentence.end())
                - Math.max(q.span().start(), sentence.start()))).sum();
        return quoted * 2 > sentence.length();
    }

    private List<CharSpan> unattributed(List<Attribution> attributions) {
        List<CharSpan> claims = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            CharSpan span = s.span();
            boolean touched = attributions.stream().anyMatch(a -> a.content().overlaps(span)
                    || a.cue() != null && a.cue().span().overlaps(span));
            boolean claim = s.size() >= 5 && !doc.text(span).endsWith("?")
                    && s.tokens().stream().anyMatch(t -> t.is("VERB") || t.is("AUX"));
            if (!touched && claim && !isMostlyQuoted(span)) {
                claims.add(span);
            }
        }
        return claims;
    }
}
