package app.saidwho.attribution;

/** What kind of source an attribution names. */
public enum SourceType {
    PERSON, ORGANISATION, ANONYMOUS, VAGUE
}
