package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the article ties words to their speaker, told true to the sentence: where the cue sits (before or
 * after the quotation, inverted "said X", a colon, between two parts) and what a pronoun or short name
 * stands for and where the article names that person.
 */
final class SpeakerExplanations {
    private static final int SHORT_TAG_WORDS = 6;

    private SpeakerExplanations() {
    }

    static String tie(ArticleFacts facts, Attribution a) {
        CharSpan cue = a.cue().span();
        CharSpan content = a.content();
        CharSpan source = a.source().span();
        String tag = tag(facts, a);
        String cueWord = "\"" + facts.cue(a) + "\"";
        String speaker = "\"" + facts.mention(a) + "\"";
        // A paraphrase has no quotation marks: the explanation must not claim any.
        String what = a.kind() == app.saidwho.attribution.Kind.INDIRECT ? "the words" : "the quotation";
        String line;
        if (cue.start() >= content.end()) {
            boolean inverted = source.start() > cue.start();
            line = inverted
                    ? tag != null ? "After " + what + " comes \"" + tag + "\": the verb first, then the speaker."
                    : "After " + what + " comes the verb " + cueWord + ", then the speaker, " + speaker + "."
                    : tag != null ? "After " + what + ", \"" + tag + "\" names the speaker."
                    : "After " + what + ", the verb " + cueWord + " has " + speaker + " as its subject.";
        } else if (cue.end() <= content.start()) {
            boolean colon = facts.text.substring(cue.end(), content.start()).contains(":");
            line = tag != null
                    ? "\"" + tag + "\" comes before " + what + (colon ? "; the colon introduces the words." : " and introduces it.")
                    : "Before " + what + ", the verb " + cueWord + " with its subject " + speaker + " introduces it.";
        } else {
            line = tag != null ? "The speech tag \"" + tag + "\" stands between the two parts of the quotation."
                    : "Between the two parts of the quotation stand the verb " + cueWord + " and the speaker " + speaker + ".";
        }
        return line + resolution(facts, a);
    }

    /** Source and cue as the article writes them together ("Lopez said", "said Ana Lopez"), when short. */
    private static String tag(ArticleFacts facts, Attribution a) {
        CharSpan both = a.source().span().union(a.cue().span());
        String text = both.text(facts.text);
        boolean joined = !text.contains("\n") && !text.contains("\"") && !text.contains("“") && !text.contains("”");
        return joined && Excerpts.wordCount(text) <= SHORT_TAG_WORDS ? text : null;
    }

    /** " "She" is Jane Doe: the sentence before names her." — or nothing when the mention is the name. */
    static String resolution(ArticleFacts facts, Attribution a) {
        String mention = facts.mention(a);
        String name = facts.speakers.fullName(a.source().name(), a.source().type());
        if (Options.same(mention, name) || (" " + Options.normal(mention) + " ").contains(" " + Options.normal(name) + " ")) {
            return "";
        }
        int at = a.source().span().start();
        if (!facts.mentionIsPronoun(a)) {
            boolean earlier = facts.text.lastIndexOf(name, at) >= 0;
            return " \"" + mention + "\" is " + name + (earlier ? ", named in full earlier in the article." : ".");
        }
        int named = lastMention(facts.text, name, at);
        if (named < 0) {
            return " The engine takes \"" + mention + "\" to mean " + name + ".";
        }
        String between = facts.text.substring(named, at);
        String object = Grammar.objectPronoun(mention);
        long ends = Sentences.endsBetween(facts.text, named, at);
        String where = between.contains("\n") ? "an earlier paragraph names " + object
                : ends == 0 ? "the same sentence names " + object + " first"
                : ends == 1 ? "the sentence before names " + object
                : "the article names " + object + " a few sentences before";
        return " \"" + mention + "\" is " + name + ": " + where + ".";
    }

    /** Where the article last names this person (full name or surname) before {@code at}, or -1. */
    private static int lastMention(String text, String name, int at) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        Matcher m = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b")
                .matcher(text.substring(Math.max(0, at - 3000), at));
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last < 0 ? -1 : last + Math.max(0, at - 3000);
    }
}
