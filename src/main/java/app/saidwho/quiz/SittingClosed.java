package app.saidwho.quiz;

/** Why a quiz set takes no new attempts at the moment. */
public enum SittingClosed {
    /** The teacher closed the sitting; it may open again. */
    CLOSED,
    /** The closing time the teacher set has passed. */
    PAST_CLOSING_TIME,
    /** The set is archived: kept for its reports, no longer played. */
    ARCHIVED
}
