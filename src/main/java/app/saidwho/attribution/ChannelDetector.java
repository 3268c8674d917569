package app.saidwho.attribution;

import java.util.Locale;

/** Reads the channel from words around the cue: "in a tweet", "during a live interview", "in a statement". */
final class ChannelDetector {
    private ChannelDetector() {
    }

    /**
     * The channel the text states for this cue: the cue itself ("tweeted"), a phrase right after it
     * ("said in a tweet", "told reporters during a live interview"), or one opening the sentence ("In a
     * statement, the ministry said"). Words inside the content are what was said, not how.
     */
    static Channel detect(Sentence s, int cue, CueLexicon.Entry entry, CharSpan content) {
        if (entry != null && entry.channel() != null) {
            return entry.channel();
        }
        Channel after = phraseChannel(s, cue + 1, content);
        if (after != null) {
            return after;
        }
        if (entry != null && entry.lemma().equals("tell") && outletAt(s, cue + 1)) {
            return Channel.INTERVIEW;
        }
        return s.size() > 0 && s.token(0).is("ADP") ? phraseChannel(s, 0, content) : null;
    }

    /** A prepositional phrase within a few tokens from {@code from}, before any verb, clause or quote. */
    private static Channel phraseChannel(Sentence s, int from, CharSpan content) {
        boolean inPhrase = false;
        for (int k = from; k < s.size() && k - from <= 6; k++) {
            Token t = s.token(k);
            if (content != null && content.contains(t.span().start())) {
                return null;
            }
            if (t.is("VERB") || t.is("SCONJ") || t.isQuoteMark() || t.isWord("that", ".", ";", ":")) {
                return null;
            }
            if (t.isWord("in", "during", "at", "on", "via", "through", "from")) {
                inPhrase = true;
            }
            Channel channel = inPhrase ? channelWord(s, k) : null;
            if (channel != null) {
                return channel;
            }
        }
        return null;
    }

    /**
     * A news outlet named right at {@code k} ("told Reuters", "told The Daily Ledger", "said on Fox News"):
     * capitalised words, the first or last of them an outlet's. "told reporters" names none.
     */
    private static boolean outletAt(Sentence s, int k) {
        int first = k < s.size() && s.token(k).isWord("the", "The") ? k + 1 : k;
        int last = first;
        while (last < s.size() && last - first < 5 && Character.isUpperCase(s.token(last).text().charAt(0))) {
            last++;
        }
        if (last == first) {
            return false;
        }
        return Words.OUTLETS.contains(s.token(first).text().toLowerCase(Locale.ROOT))
                || Words.OUTLETS.contains(s.token(last - 1).text().toLowerCase(Locale.ROOT));
    }

    private static Channel channelWord(Sentence s, int k) {
        String word = s.token(k).text().toLowerCase(Locale.ROOT);
        String previous = k > 0 ? s.token(k - 1).text().toLowerCase(Locale.ROOT) : "";
        if (previous.equals("on") && outletAt(s, k)) {
            return Channel.INTERVIEW;
        }
        if (word.startsWith("tweet") || word.equals("twitter")) {
            return Channel.TWEET;
        }
        if (word.equals("interview") || word.equals("interviews")) {
            return Channel.INTERVIEW;
        }
        if ((word.equals("conference") && (previous.equals("press") || previous.equals("news")))
                || word.equals("briefing") || word.equals("presser")) {
            return Channel.PRESS_CONFERENCE;
        }
        if (word.equals("statement") || word.equals("release") && previous.equals("press")) {
            return Channel.STATEMENT;
        }
        if (word.equals("speech") || word.equals("rally") || word.equals("remarks") || word.equals("address")
                && s.token(k).is("NOUN")) {
            return Channel.SPEECH;
        }
        if (word.equals("report") && s.token(k).is("NOUN") || word.equals("study") || word.equals("survey")
                || word.equals("poll")) {
            return Channel.REPORT;
        }
        if (word.equals("op-ed") || word.equals("letter") || word.equals("email") || word.equals("memo")
                || word.equals("post") && s.token(k).is("NOUN") || word.equals("podcast") || word.equals("column")) {
            return Channel.OTHER;
        }
        return null;
    }
}
