package dev.loopcoach.core.analysis;

/** One filler, hedge or weasel phrase, where it was, and what to say instead. */
public record LanguageIssue(Kind kind, String phrase, String suggestion, String sentence) {

    public enum Kind {
        FILLER("filler"), HEDGE("hedge"), WEASEL("weasel word");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
