package app.saidwho.teach;

import app.saidwho.account.SetAccess;
import app.saidwho.play.Attempt;
import app.saidwho.quiz.QuizSet;
import app.saidwho.web.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A set's sitting and visibility: open or closed, closing time, one attempt per name, feedback, listing. */
@ApplicationScoped
public class SetSettings {

    /** The settings as the review page shows them; {@code closesValue} is for a datetime-local input. */
    public record View(boolean listed, boolean open, String closesValue, String closesText, boolean oneAttemptPerName,
                       boolean feedbackAtEnd, boolean archived, boolean takingAttempts) {
    }

    /** The settings form as sent. */
    public record Form(boolean listed, String closes, boolean oneAttemptPerName, boolean feedbackAtEnd) {
    }

    /** Learners in the current sitting, for the projector page. */
    public record Counts(long joined, long finished) {
    }

    private final SetAccess access;

    SetSettings(SetAccess access) {
        this.access = access;
    }

    View view(QuizSet set) {
        ZoneId zone = access.zone();
        String value = set.closesAt == null ? ""
                : LocalDateTime.ofInstant(set.closesAt, zone).truncatedTo(ChronoUnit.MINUTES).toString();
        return new View(set.listed, set.sittingOpen, value, Times.readable(set.closesAt, zone), set.oneAttemptPerName,
                set.feedbackAtEnd, set.archived, set.closedFor(Instant.now()).isEmpty());
    }

    /** Opens the sitting (counts start again from now) or closes it to new attempts. */
    @Transactional
    public void sitting(String slug, boolean open) {
        QuizSet set = access.owned(slug);
        if (open && !set.sittingOpen) {
            set.sittingOpenedAt = Instant.now();
        }
        set.sittingOpen = open;
        set.updatedAt = Instant.now();
    }

    /** Saves the settings; the problem with the closing time instead when it cannot be read (nothing changes). */
    @Transactional
    public Optional<String> save(String slug, Form form) {
        QuizSet set = access.owned(slug);
        Instant closes = null;
        if (form.closes() != null && !form.closes().isBlank()) {
            try {
                closes = LocalDateTime.parse(form.closes().strip()).atZone(access.zone()).toInstant();
            } catch (DateTimeParseException e) {
                return Optional.of("Give the closing time as a date and a time, for example 2026-12-01T14:30.");
            }
        }
        set.listed = form.listed();
        set.closesAt = closes;
        set.oneAttemptPerName = form.oneAttemptPerName();
        set.feedbackAtEnd = form.feedbackAtEnd();
        set.updatedAt = Instant.now();
        return Optional.empty();
    }

    @Transactional
    public Counts counts(String slug) {
        QuizSet set = access.owned(slug);
        Instant since = set.sittingOpenedAt == null ? Instant.EPOCH : set.sittingOpenedAt;
        return new Counts(Attempt.count("quizSet = ?1 and startedAt >= ?2", set, since),
                Attempt.count("quizSet = ?1 and startedAt >= ?2 and finishedAt is not null", set, since));
    }
}
