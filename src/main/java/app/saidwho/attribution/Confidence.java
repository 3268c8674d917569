package app.saidwho.attribution;

/**
 * How far a reader can trust the source of an attribution, from the evidence behind it: HIGH for a source
 * named next to its speech verb in the same sentence; MEDIUM when the speaker is a pronoun, a description or
 * carried over from an earlier quote; LOW when the speaker is unknown or only guessed.
 */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
