package app.saidwho.attribution;

/**
 * One attribution pass over an article's shared drafts (the {@link DraftBook} it was made with): it skips
 * what an earlier pass settled and names its {@link Rule} in the drafts it makes.
 */
interface Sieve {
    void run();
}
