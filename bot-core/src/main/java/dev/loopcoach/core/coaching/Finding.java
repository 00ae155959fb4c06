package dev.loopcoach.core.coaching;

import java.util.List;
import java.util.Objects;

/**
 * One statement the coach shows the candidate about their words: a stable {@code code} (for tools and tests),
 * the text as shown, and the quotes from the answer it rests on.
 */
public record Finding(String code, String text, List<String> quotes) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }

    public static Finding of(String code, String text) {
        return new Finding(code, text, List.of());
    }
}
