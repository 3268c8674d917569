package app.saidwho.teach;

import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.Skill;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which questions the review page lists: by status, by skill, and only those whose key the generator
 * asks the teacher to check. Values that are not known mean "any", so a stale link still shows a page.
 */
public record ReviewFilter(Optional<QuestionStatus> status, Optional<Skill> skill, boolean checkOnly) {

    public static ReviewFilter of(String status, String skill, String check) {
        Optional<QuestionStatus> parsedStatus = Optional.empty();
        for (QuestionStatus s : QuestionStatus.values()) {
            if (s.name().equalsIgnoreCase(status == null ? "" : status.strip())) {
                parsedStatus = Optional.of(s);
            }
        }
        return new ReviewFilter(parsedStatus, Skill.parse(skill), "on".equals(check));
    }

    public boolean accepts(Question q) {
        return status.map(s -> s == q.status).orElse(true) && skill.map(s -> s == q.skill).orElse(true)
                && (!checkOnly || q.checkReason != null);
    }

    public boolean active() {
        return status.isPresent() || skill.isPresent() || checkOnly;
    }

    /** A status the filter form offers, as its select sends it, and whether it is the one chosen. */
    public record StatusChoice(String value, boolean selected) {
    }

    /** Every status to filter by, the chosen one marked (so the template compares no strings). */
    public List<StatusChoice> statusChoices() {
        return Arrays.stream(QuestionStatus.values())
                .map(s -> new StatusChoice(s.name().toLowerCase(Locale.ROOT), status.orElse(null) == s)).toList();
    }

    public String skillValue() {
        return skill.map(Enum::name).orElse("");
    }
}
