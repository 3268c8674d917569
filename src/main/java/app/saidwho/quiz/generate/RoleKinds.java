package app.saidwho.quiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of source a role makes someone, for a ROLE question when the article gives too few other roles to
 * offer: a spokesperson or aide for a side, an elected or appointed office-holder, an expert, the head of a business.
 * A role is given a kind only when its head word fits exactly one kind and nothing in it points to another (no
 * "former" role: what they were is not what they are).
 */
final class RoleKinds {
    /** The kinds, with the head words that make a role one (whole words, lower case). */
    enum Kind {
        SIDE("A spokesperson, aide or adviser who works for one side",
                "spokes(?:man|woman|person)|press secretary|aide|adviser|advisor|strategist|campaign manager"
                        + "|communications director|campaign pollster|campaign chairman|campaign chairwoman|speechwriter"),
        OFFICE("An elected or appointed office-holder, such as a senator or a mayor",
                // not "minister" alone (a church's), nor "representative" (a company's)
                "senator|governor|mayor|(?:prime|foreign|finance|defen[cs]e|interior) minister|minister of|congressman"
                        + "|congresswoman|lawmaker|legislator|ambassador|judge|sheriff|prosecutor|councillor|councilor"
                        + "|attorney general"),
        EXPERT("An expert who studies the subject", "professor|economist|scientist|historian|researcher|scholar"),
        // not "executive director" (of a charity as often as of a firm), nor "employee" (a state's too)
        COMPANY("Someone who runs or owns a business or organisation", "ceo|chief executive|owner");

        final String label;
        final Pattern heads;

        Kind(String label, String heads) {
            this.label = label;
            this.heads = Pattern.compile("\\b(?:" + heads + ")\\b");
        }
    }

    /** A wrong kind for any role: the person affected speaks from their own life, for no body. */
    static final String AFFECTED = "Someone affected who speaks only from their own life";
    private static final Pattern DOUBTFUL = Pattern.compile("\\b(?:former|ex|then|retired|onetime|would-be|candidate"
            + "|nominee|hopeful|who)\\b");
    /**
     * An adviser or consultant by trade ("a financial adviser in a small town") advises clients, not a side; a pollster
     * alone may be independent: neither is given a kind.
     */
    private static final Pattern BY_TRADE = Pattern.compile("\\b(?:financial|investment|wealth|tax|legal|retirement"
            + "|college|mortgage|medical|independent|business|management) (?:adviser|advisor|consultant|strategist)\\b");

    private RoleKinds() {
    }

    /** The one kind the role makes its holder, or empty when none or more than one fits. */
    static Optional<Kind> of(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        if (DOUBTFUL.matcher(lower).find() || BY_TRADE.matcher(lower).find()) {
            return Optional.empty();
        }
        String head = Roles.head(lower);
        List<Kind> fits = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (k.heads.matcher(head).find()) {
                fits.add(k);
            }
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /** The other kinds' labels and the affected person's: wrong for a role of {@code kind}. */
    static List<String> distractors(Kind kind) {
        List<String> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (k != kind) {
                out.add(k.label);
            }
        }
        out.add(AFFECTED);
        return out;
    }
}
