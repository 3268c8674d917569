package app.saidwho.attribution;

import java.util.Locale;

/** Reads the channel from words around the cue: "in a tweet", "during a live interview", "in a statement". */
final class ChannelDetector {
    private ChannelDetector() {
    }

    static Channel detect(Sentence s, int cue, CueLexicon.Entry entry, Phrase source) {
        if (entry != null && entry.channel() != null && entry.channel() != Channel.REPORT) {
            return entry.channel();
        }
        int from = Math.max(0, cue - 3);
        int to = Math.min(s.size() - 1, cue + 8);
        if (source != null && source.sentence() == s) {
            from = Math.min(from, source.first());
        }
        for (int k = from; k <= to; k++) {
            Channel channel = channelWord(s, k);
            if (channel != null) {
                return channel;
            }
        }
        return entry != null ? entry.channel() : null;
    }

    private static Channel channelWord(Sentence s, int k) {
        String word = s.token(k).text().toLowerCase(Locale.ROOT);
        String previous = k > 0 ? s.token(k - 1).text().toLowerCase(Locale.ROOT) : "";
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
