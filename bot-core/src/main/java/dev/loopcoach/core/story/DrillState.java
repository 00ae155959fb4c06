package dev.loopcoach.core.story;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one story x principle card stands in its spaced schedule: the step on the ladder of intervals (see
 * {@link DrillSchedule}), the day it is due, and how the last drill went.
 */
public record DrillState(int step, LocalDate dueOn, DrillGrade lastGrade) {
    public DrillState {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(lastGrade, "lastGrade");
        if (step < 0 || step >= DrillSchedule.INTERVAL_DAYS.length) {
            throw new IllegalArgumentException("step out of range: " + step);
        }
    }

    /** How a card appears in a person's data export. */
    public java.util.Map<String, Object> exported(String card) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("card", card);
        m.put("step", step);
        m.put("dueOn", dueOn.toString());
        m.put("lastGrade", lastGrade.name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }
}
