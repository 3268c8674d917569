package app.saidwho.attribution;

import java.util.Set;

/** Closed word lists the resolver and classifier use: titles, and heads that mark kinds of source. */
final class Words {
    private Words() {
    }

    /** A past-tense form by its spelling: the tagger sometimes misreads "tweeted" or a name before "said". */
    static boolean looksPast(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("ed") || lower.equals("said") || lower.equals("told") || lower.equals("wrote");
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Every English pronoun the tagger may meet; a capitalised "pronoun" outside this list is a name. */
    static final Set<String> PRONOUNS = words("i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us",
            "them", "this", "that", "these", "those", "who", "whom", "whose", "what", "which", "someone", "everyone",
            "anyone", "nobody", "something", "everything", "all", "both", "each", "some", "many", "most", "none", "one",
            "another", "others", "his", "hers", "its", "our", "their", "my", "your", "mine", "yours", "theirs", "ours",
            "whoever", "whatever", "anybody", "somebody", "everybody", "nothing", "anything", "few", "several",
            "there", "here", "myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves", "no one",
            "such", "either", "neither", "other", "much", "more", "less", "former", "latter", "whichever");

    static final Set<String> TITLES = words("president", "senator", "sen.", "rep.", "representative", "gov.",
            "governor", "mr.", "mrs.", "ms.", "dr.", "secretary", "director", "minister", "prime", "chancellor",
            "general", "gen.", "judge", "justice", "speaker", "leader", "chairman", "chairwoman", "chair",
            "ambassador", "attorney", "vice", "press", "spokesman", "spokeswoman", "spokesperson", "mayor", "king",
            "queen", "prince", "pope", "adviser", "advisor", "counsel", "candidate", "nominee", "former", "national",
            "security", "state", "foreign", "defense", "defence", "deputy", "chief", "executive", "ceo", "lt.",
            "col.", "prof.", "professor", "commissioner", "congressman", "congresswoman", "sheriff", "officer",
            "lawmaker", "democrat", "republican", "democratic", "us", "u.s.", "american", "russian", "republican",
            "intelligence", "of", "house", "white", "campaign", "manager", "chairs", "strategist", "gop");

    static final Set<String> ORGANISATION_WORDS = words("house", "kremlin", "department", "ministry", "committee",
            "campaign", "party", "agency", "council", "commission", "court", "police", "government", "administration",
            "office", "institute", "university", "times", "post", "news", "network", "bureau", "senate", "congress",
            "pentagon", "association", "foundation", "center", "centre", "group", "inc", "inc.", "corp", "corp.",
            "company", "club", "union", "journal", "press", "service", "board", "fund", "bank", "organization",
            "organisation", "institution", "forum", "coalition", "caucus", "embassy", "army", "navy", "tribune",
            "reuters", "cnn", "nbc", "cbs", "abc", "fox", "bbc", "msnbc", "fbi", "cia", "nsa", "nato", "un", "eu",
            "media", "republicans", "democrats", "gop", "administration", "white", "state", "states", "team",
            "daily", "magazine", "review", "herald", "globe", "gazette", "channel", "radio", "tv", "televison");

    static final Set<String> ANONYMOUS_HEADS = words("source", "sources", "official", "officials", "aide",
            "aides", "insider", "insiders", "person", "spokesman", "spokeswoman", "spokesperson", "diplomat",
            "diplomats", "adviser", "advisers", "advisor", "advisors", "staffer", "staffers", "someone",
            "individual", "individuals", "operative", "operatives", "associate", "associates", "confidant");

    static final Set<String> VAGUE_HEADS = words("critics", "experts", "analysts", "observers", "many", "some",
            "others", "people", "supporters", "opponents", "lawmakers", "voters", "residents", "commentators",
            "pundits", "scientists", "economists", "democrats", "republicans", "conservatives", "liberals",
            "activists", "members", "leaders", "politicians", "americans", "skeptics", "detractors", "fans",
            "strategists", "researchers", "scholars", "allies", "rivals", "everyone", "they", "we", "you", "both",
            "most", "few", "several", "all", "polls", "reports");

    static final Set<String> ORGANISATION_HEADS = words("government", "administration", "ministry", "department",
            "campaign", "committee", "company", "police", "court", "agency", "office", "party", "report", "study",
            "poll", "survey", "newspaper", "network", "council", "group", "organization", "organisation",
            "commission", "embassy", "union", "board", "firm", "team", "paper", "magazine", "website", "kremlin",
            "pentagon", "congress", "senate", "house", "statement", "analysis", "memo", "document", "review",
            "investigation", "data", "research", "lawsuit", "filing", "complaint", "letter", "book", "article",
            "story", "editorial", "ad", "video", "website", "site", "blog", "outlet", "station", "coalition");

    static final Set<String> PERSON_PRONOUNS = words("he", "she", "i", "him", "her");
}
