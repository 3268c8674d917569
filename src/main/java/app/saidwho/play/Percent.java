package app.saidwho.play;

/**
 * The one rounding rule for percentages, on learner pages, teacher reports and CSV alike: a whole
 * percent, halves rounded up (2 of 3 is 67 %, 1 of 8 is 13 %).
 */
public final class Percent {
    private Percent() {
    }

    /** {@code part} of {@code whole} in whole percent; 0 when there is nothing to divide by. */
    public static int of(long part, long whole) {
        return whole == 0 ? 0 : (int) ((200 * part + whole) / (2 * whole));
    }

    /** A percentage computed elsewhere (a mean, a median) under the same rule. */
    public static long round(double percent) {
        return Math.round(percent);
    }

    /** The same rule as a JPQL expression over two integer paths; the caller excludes a zero {@code whole}. */
    public static String jpql(String part, String whole) {
        return "((" + part + " * 200 + " + whole + ") / (2 * " + whole + "))";
    }
}
