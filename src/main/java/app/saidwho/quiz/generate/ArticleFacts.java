package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.CueLexicon;
import app.saidwho.attribution.Kind;
import app.saidwho.attribution.SourceType;
import app.saidwho.attribution.Stance;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's result seen from the question writer's side: sources, quotes, evidence passages. Built in
 * one pass over the attributions, so drafting stays linear in the article's length.
 */
final class ArticleFacts {
    private static final Pattern ABBREVIATION = Pattern.compile("\\b(Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Jr|Sr|U\\.S|[A-Z])$");
    private static final Pattern QUOTED = Pattern.compile("(?:''|``|[\"“„«])([^\"”»“]{2,}?)(?:''|[\"”»])");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(^|\\s)['‘][^'‘’]+['’](?=[\\s.,;:!?]|$)");
    static final CueLexicon LEXICON = CueLexicon.fromResource();
    /** Cues that report a deed or a stance rather than words: no question about "their words" on these. */
    private static final Set<String> NOT_WORDS = Set.of("refuse", "decline", "order", "offer", "support", "endorse",
            "oppose", "seek", "push", "name", "list", "learn", "show", "find", "estimate", "consider", "want", "doubt",
            "issue", "recommend", "propose", "discuss", "talk", "attack", "defend", "reject", "deny", "plead", "decide",
            "plan", "know", "confess", "refer");
    /** Cues that name or label ("called his plan 'a disgrace'", "a group called X"): the words are no statement. */
    static final Set<String> NAMING = Set.of("call", "refer", "name", "label", "dub", "term", "brand", "list");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our");

    final String text;
    final AttributionResult result;
    final Speakers speakers;
    private final Map<Attribution, Integer> index = new IdentityHashMap<>();
    private final boolean[] hasChild;
    private final Map<String, Boolean> canSpeak = new java.util.HashMap<>();
    private final List<Attribution> questionable;

    ArticleFacts(AttributionResult result) {
        this.text = result.text();
        this.result = result;
        List<Attribution> all = result.attributions();
        hasChild = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i), i);
            if (all.get(i).parent() >= 0 && all.get(i).parent() < all.size()) {
                hasChild[all.get(i).parent()] = true;
            }
        }
        questionable = all.stream().filter(a -> !NotSpeech.reportsNoWords(text, a)).toList();
        speakers = new Speakers(this);
    }

    private String narration;

    /** The article with every quotation blanked out: the writer's own words, worked out once. */
    String narration() {
        if (narration == null) {
            narration = text.replaceAll("“[^”]*”|\"[^\"\\n]*\"", " ");
        }
        return narration;
    }

    /** The attributions questions may be written on, in the article's order. */
    List<Attribution> attributions() {
        return questionable;
    }


    static boolean reportsWords(Attribution a) {
        return a.cue() != null && a.cue().stance() != Stance.BELIEF && !NOT_WORDS.contains(a.cue().lemma());
    }

    /** A top-level attribution whose source the article names: what most questions are written on. */
    static boolean named(Attribution a) {
        return a.parent() < 0 && namedSource(a) && (a.cue() == null || reportsWords(a) || a.cue().stance() == Stance.BELIEF);
    }

    static boolean namedSource(Attribution a) {
        if (a.source() == null || a.source().name() == null) {
            return false;
        }
        if (a.source().type() == SourceType.PERSON) {
            return a.source().name().matches("\\p{Lu}[\\p{L}.-]*( \\p{Lu}[\\p{L}.'’-]*)*")
                    && !a.source().name().matches(".*['’]s?$");
        }
        return a.source().type() == SourceType.ORGANISATION;
    }

    /** A speaker key the engine is sure of, about someone other than the writer ("I", "we"). */
    static boolean keyable(ArticleFacts facts, Attribution a) {
        return named(a) && reportsWords(a) && Trust.of(facts.text, a) != Trust.Level.LOW
                && !facts.firstPerson(a)
                && facts.canSpeak(a.source().name(), a.source().type());
    }

    /** {@link Speakers#canSpeak}, worked out once per name: it looks at every place the name occurs. */
    boolean canSpeak(String name, SourceType type) {
        return canSpeak.computeIfAbsent(type + "|" + name, k -> Speakers.canSpeak(text, name, type));
    }

    /** How to name the source in a sentence: the person's name, or "the White House" as the article has it. */
    String display(Attribution a) {
        if (a.source().type() == SourceType.ORGANISATION && mention(a).toLowerCase(Locale.ROOT)
                .contains(a.source().name().toLowerCase(Locale.ROOT))) {
            return mention(a).replaceFirst("^The ", "the ");
        }
        return Grammar.named(a.source().name(), a.source().type());
    }

    /** The clause from the source or cue, whichever comes first, to the end of its sentence. */
    String clause(Attribution a) {
        int start = a.cue().span().start();
        if (a.source() != null && a.source().span().start() < start && start - a.source().span().start() < 200) {
            start = a.source().span().start();
        }
        return text.substring(start, sentenceEnd(start)).strip();
    }

    /** Just past the full stop (not an abbreviation's) or line end that closes the sentence at {@code from}. */
    int sentenceEnd(int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n'
                && !(".!?".indexOf(text.charAt(end)) >= 0 && (end + 1 == text.length() || text.charAt(end + 1) == ' '
                || text.charAt(end + 1) == '\n') && !ABBREVIATION.matcher(text.substring(Math.max(0, end - 4), end)).find())) {
            end++;
        }
        return Math.min(text.length(), end + 1);
    }

    /** A paraphrase of words is a clause ("that …", or before the cue); "wrote a memoir" reports none. */
    boolean reportsStatement(Attribution a) {
        return a.kind() != Kind.INDIRECT || content(a).startsWith("that ") || a.cue() == null
                || a.content().end() <= a.cue().span().start();
    }

    /** The cue sits between two parts of the quotation ("“…,” Lopez said. “…”"). */
    boolean cueInside(Attribution a) {
        return a.cue() != null && a.content().start() < a.cue().span().start() && a.cue().span().end() < a.content().end();
    }

    String content(Attribution a) {
        return a.content().text(text);
    }

    String mention(Attribution a) {
        return a.source().span().text(text);
    }

    String cue(Attribution a) {
        return a.cue().span().text(text);
    }

    /** The writer speaking ("I", "we"): no question treats them as a quoted source. */
    boolean firstPerson(Attribution a) {
        return a.source() != null && FIRST_PERSON.contains(mention(a).toLowerCase(Locale.ROOT));
    }

    boolean mentionIsPronoun(Attribution a) {
        return Set.of("he", "she", "they", "who", "i", "we").contains(mention(a).toLowerCase(Locale.ROOT));
    }

    /**
     * Where a source is quoted in the article: the whole content when direct and unbroken, else its longest
     * quoted part. Empty for a paraphrase that reports someone else's words ("… when he said …").
     */
    Optional<CharSpan> quotation(Attribution a) {
        if (a.kind() != Kind.DIRECT && (hasChild[index.get(a)] || mentionsAnotherCue(content(a)))) {
            return Optional.empty();
        }
        String content = content(a);
        CharSpan best = null;
        Matcher m = QUOTED.matcher(content);
        while (m.find()) {
            if (best == null || m.end(1) - m.start(1) > best.length()) {
                best = new CharSpan(a.content().start() + m.start(1), a.content().start() + m.end(1));
            }
        }
        if (best == null && a.kind() == Kind.DIRECT) {
            best = a.content();
        }
        if (best == null) {
            return Optional.empty();
        }
        CharSpan span = best.trim(text);
        String words = Excerpts.unquoted(span.text(text));
        int minWords = a.kind() == Kind.DIRECT ? 3 : 2;
        return Excerpts.wordCount(words) >= minWords ? Optional.of(span) : Optional.empty();
    }

    /** The words of a quotation as a prompt or option shows them: no outer marks, no closing comma or stop. */
    String quotedWords(CharSpan span) {
        // the closing comma goes, also before an inner quotation's closing mark ("People say, 'it is over,'")
        return Excerpts.unquoted(QuotedSentences.joined(text, span)).replaceAll(",(['’]?)$", "$1");
    }

    /** Headline style marks a quotation with single quotes, which the engine does not read as quotes. */
    boolean hasSingleQuotes(Attribution a) {
        return SINGLE_QUOTED.matcher(evidence(a).text(text)).find();
    }

    private static boolean mentionsAnotherCue(String content) {
        for (String word : content.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && LEXICON.byForm(word).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Source mention, cue and content together, when they lie close; otherwise cue and content. */
    CharSpan evidence(Attribution a) {
        CharSpan span = a.content();
        if (a.cue() != null) {
            span = span.union(a.cue().span());
        }
        if (a.source() != null && Math.abs(a.source().span().start() - span.start()) < 400
                && a.source().span().end() <= span.end() + 400) {
            span = span.union(a.source().span());
        }
        // whole sentences: evidence cut at "…,” he told" drops where and to whom
        CharSpan whole = Sentences.around(text, span);
        return whole.start() <= span.start() && whole.end() >= span.end()
                && whole.length() <= Validator.MAX_EVIDENCE_CHARS ? whole : span;
    }

    /** Every top-level attribution of one entity (bounded by the article, asked once per question). */
    List<Attribution> byEntity(String entity) {
        List<Attribution> list = new ArrayList<>();
        for (Attribution a : result.attributions()) {
            if (namedSource(a) && Speakers.entity(a.source().name(), a.source().type()).equals(entity)) {
                list.add(a);
            }
        }
        return list;
    }

    static String entity(Attribution a) {
        return Speakers.entity(a.source().name(), a.source().type());
    }
}
