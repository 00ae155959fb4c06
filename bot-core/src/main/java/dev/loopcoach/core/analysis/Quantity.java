package dev.loopcoach.core.analysis;

/** A number in the text with what kind of amount it is; tokens {@code [firstToken, endToken)}. */
public record Quantity(int firstToken, int endToken, Kind kind, String text) {

    public enum Kind { PERCENT, MONEY, MULTIPLIER, DURATION, COUNT, FRACTION }
}
