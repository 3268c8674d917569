package app.saidwho.attribution;

/** How or where something was said. */
public enum Channel {
    TWEET, INTERVIEW, PRESS_CONFERENCE, STATEMENT, SPEECH, REPORT, OTHER
}
