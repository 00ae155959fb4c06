package dev.loopcoach.core.session;

/** Where a session is: round index and question index within that round (both 0-based). */
public record Position(int round, int question) {
    public Position {
        if (round < 0 || question < 0) {
            throw new IllegalArgumentException("negative position");
        }
    }

    public static Position start() {
        return new Position(0, 0);
    }
}
