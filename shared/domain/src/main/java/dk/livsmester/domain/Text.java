package dk.livsmester.domain;

/** A message a citizen may read: easy-read Danish first, English beside it. */
public record Text(String da, String en) {
    public static Text of(String da, String en) {
        return new Text(da, en);
    }
}
