package app.saidwho.attribution;

/** How an attribution verb frames what it reports; see resources/attribution/cues.tsv. */
public enum Stance {
    NEUTRAL, LOADED, BELIEF
}
