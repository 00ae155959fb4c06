package dev.loopcoach.slack.daily;

import dev.loopcoach.core.bank.Category;

/** What the daily questions cover. */
public sealed interface DailyTopic {

    /** Behavioral questions, rotating through the 16 Leadership Principles. */
    record LpRotation() implements DailyTopic {
    }

    /** Questions of one category. */
    record OfCategory(Category category) implements DailyTopic {
    }
}
