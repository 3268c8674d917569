package app.saidwho.attribution;

/** An immutable range of UTF-16 character offsets into one text: start inclusive, end exclusive. */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {
    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public String text(String source) {
        return source.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(CharSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public CharSpan union(CharSpan other) {
        return new CharSpan(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** The same span without leading and trailing whitespace of the text. */
    public CharSpan trim(String source) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(source.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(source.charAt(e - 1))) {
            e--;
        }
        return new CharSpan(s, e);
    }

    @Override
    public int compareTo(CharSpan other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
