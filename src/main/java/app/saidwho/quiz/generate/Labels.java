package app.saidwho.quiz.generate;

import app.saidwho.attribution.Channel;
import app.saidwho.attribution.Kind;
import app.saidwho.attribution.SourceType;
import app.saidwho.attribution.Stance;
import java.util.List;

/** The fixed wording of category options, written for 13-to-16-year-olds. */
final class Labels {
    private Labels() {
    }

    static String channel(Channel channel) {
        return switch (channel) {
            case TWEET -> "In a tweet";
            case INTERVIEW -> "In an interview";
            case PRESS_CONFERENCE -> "At a press conference";
            case STATEMENT -> "In a written statement";
            case SPEECH -> "In a speech";
            case REPORT -> "In a report";
            case OTHER -> "In writing";
        };
    }

    static final List<Channel> ASKABLE_CHANNELS = List.of(Channel.TWEET, Channel.INTERVIEW, Channel.PRESS_CONFERENCE,
            Channel.STATEMENT, Channel.SPEECH);

    static String kind(Kind kind) {
        return switch (kind) {
            case DIRECT -> "A direct quote: the source's exact words";
            case INDIRECT -> "A paraphrase: the writer's words, with no quotation marks";
            case MIXED -> "A paraphrase with a partial quote: a few exact words in quotation marks";
        };
    }

    static String stance(Stance stance) {
        return switch (stance) {
            case NEUTRAL -> "Neutral: it only reports that something was said";
            case LOADED -> "Loaded: it colours the statement or the speaker";
            case BELIEF -> "It reports a thought or a feeling, not words";
        };
    }

    static String sourceType(SourceType type) {
        return switch (type) {
            case PERSON -> "A person named in the article";
            case ORGANISATION -> "An organisation or institution speaking as a body";
            case ANONYMOUS -> "An unnamed insider, such as an official whose name is kept back";
            case VAGUE -> "A broad group of people, such as critics or experts";
        };
    }
}
