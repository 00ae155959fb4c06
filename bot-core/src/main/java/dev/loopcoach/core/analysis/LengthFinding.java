package dev.loopcoach.core.analysis;

/** Length against the ~2-minute spoken target: words, seconds at {@value #WORDS_PER_MINUTE} words per minute. */
public record LengthFinding(int words, int seconds, Band band) {
    public static final int WORDS_PER_MINUTE = 150;
    /** Under about 50 seconds spoken: too little room for context, steps and a result. */
    public static final int SHORT_BELOW = 125;
    /** Over about 2 minutes 50 seconds spoken: interviewers start to lose the thread. */
    public static final int LONG_ABOVE = 425;

    public enum Band { TOO_SHORT, GOOD, TOO_LONG }

    public static LengthFinding of(int words) {
        int seconds = (int) Math.round(words * 60.0 / WORDS_PER_MINUTE);
        Band band = words < SHORT_BELOW ? Band.TOO_SHORT : words > LONG_ABOVE ? Band.TOO_LONG : Band.GOOD;
        return new LengthFinding(words, seconds, band);
    }

    /** "1:25" */
    public String spokenTime() {
        return seconds / 60 + ":" + (seconds % 60 < 10 ? "0" : "") + seconds % 60;
    }
}
