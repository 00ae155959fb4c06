package dev.loopcoach.core.bank;

import java.util.regex.Pattern;

/** Stable question id such as {@code beh-dd-003}: lower case letters, digits and dashes, at most 40 characters. */
public record QuestionId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public QuestionId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("question id must be 1-40 lower-case letters, digits or dashes: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
