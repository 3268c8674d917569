package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.Kind;
import app.saidwho.attribution.SourceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The engine's result seen from the question writer's side: sources, quotes, evidence passages. */
final class ArticleFacts {
    private static final Pattern ABBREVIATION = Pattern.compile("\\b(Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Jr|Sr|U\\.S|[A-Z])$");
    private static final Pattern QUOTED = Pattern.compile("(?:''|[\"“„«])([^\"”»“]{2,}?)(?:''|[\"”»])");

    private static final app.saidwho.attribution.CueLexicon LEXICON = app.saidwho.attribution.CueLexicon.fromResource();

    final String text;
    final AttributionResult result;
    final Map<String, SourceType> sources = new LinkedHashMap<>();

    ArticleFacts(AttributionResult result) {
        this.text = result.text();
        this.result = result;
        for (Attribution a : result.attributions()) {
            if (namedSource(a)) {
                sources.putIfAbsent(a.source().name(), a.source().type());
            }
        }
    }

    List<Attribution> attributions() {
        return result.attributions();
    }

    /** A top-level attribution whose source the article names: what most questions are written on. */
    /** Cues that report a deed or a stance rather than words: no question about "their words" on these. */
    private static final java.util.Set<String> NOT_WORDS = java.util.Set.of("refuse", "decline", "order", "offer",
            "support", "endorse", "oppose", "seek", "push", "name", "list", "learn", "show", "find", "estimate",
            "consider", "want", "doubt", "issue", "recommend", "propose", "discuss", "talk", "attack", "defend", "reject",
            "deny");

    static boolean reportsWords(Attribution a) {
        return a.cue() != null && a.cue().stance() != app.saidwho.attribution.Stance.BELIEF
                && !NOT_WORDS.contains(a.cue().lemma());
    }

    static boolean named(Attribution a) {
        return a.parent() < 0 && namedSource(a) && (a.cue() == null || reportsWords(a) || a.cue().stance() == app.saidwho.attribution.Stance.BELIEF);
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

    /** How to name the source in a sentence: the person's name, or "the White House" as the article has it. */
    String display(Attribution a) {
        if (a.source().type() == SourceType.ORGANISATION && mention(a).toLowerCase().contains(a.source().name().toLowerCase())) {
            return mention(a).replaceFirst("^The ", "the ");
        }
        return a.source().name();
    }

    /** The clause from the source or cue, whichever comes first, to the end of its sentence. */
    String clause(Attribution a) {
        int start = a.cue().span().start();
        if (a.source() != null && a.source().span().start() < start && start - a.source().span().start() < 200) {
            start = a.source().span().start();
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n'
                && !(".!?".indexOf(text.charAt(end)) >= 0 && (end + 1 == text.length() || text.charAt(end + 1) == ' '
                || text.charAt(end + 1) == '\n') && !ABBREVIATION.matcher(text.substring(Math.max(0, end - 4), end)).find())) {
            end++;
        }
        return text.substring(start, Math.min(text.length(), end + 1)).strip();
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

    boolean mentionIsPronoun(Attribution a) {
        String m = mention(a).toLowerCase();
        return m.equals("he") || m.equals("she") || m.equals("they") || m.equals("who");
    }

    /** The words a source is quoted with: the whole content when direct, else its longest quoted part. */
    Optional<String> quotation(Attribution a) {
        int index = result.attributions().indexOf(a);
        if (a.kind() != Kind.DIRECT && (result.attributions().stream().anyMatch(o -> o.parent() == index)
                || mentionsAnotherCue(content(a)))) {
            // A paraphrase that reports someone else's words ("… when he said …") may quote them, not its source.
            return Optional.empty();
        }
        String best = null;
        Matcher m = QUOTED.matcher(content(a));
        while (m.find()) {
            String part = m.group(1).strip().replaceAll("[,.]$", "");
            if (best == null || part.length() > best.length()) {
                best = part;
            }
        }
        if (best == null && a.kind() == Kind.DIRECT) {
            best = Excerpts.unquoted(content(a));
        }
        return Optional.ofNullable(best).filter(q -> Excerpts.wordCount(q) >= (a.kind() == Kind.DIRECT ? 3 : 2));
    }

    private static final Pattern SINGLE_QUOTED = Pattern.compile("(^|\\s)['‘][^'‘’]+['’](?=[\\s.,;:!?]|$)");

    /** Headline style marks a quotation with single quotes, which the engine does not read as quotes. */
    boolean hasSingleQuotes(Attribution a) {
        return SINGLE_QUOTED.matcher(evidence(a).text(text)).find();
    }

    private boolean mentionsAnotherCue(String content) {
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
        return span;
    }

    List<Attribution> bySource(String name) {
        List<Attribution> list = new ArrayList<>();
        for (Attribution a : result.attributions()) {
            if (named(a) && a.source().name().equals(name)) {
                list.add(a);
            }
        }
        return list;
    }
}
