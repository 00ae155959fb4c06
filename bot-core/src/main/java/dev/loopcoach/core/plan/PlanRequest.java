package dev.loopcoach.core.plan;

import dev.loopcoach.core.bank.Level;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a candidate asked to prepare for: the interview date, the level and an optional role focus, and the day the
 * plan was first made (progress is counted from then). The days themselves are not stored: they are rebuilt from the
 * candidate's standing every time the plan is shown, so missed days and new verdicts re-plan it. {@code remindAt} is the
 * local time of the daily direct message with today's step, when the candidate asked for one.
 */
public record PlanRequest(LocalDate interviewDate, Level level, Optional<String> focus, LocalDate startedOn,
                          Optional<java.time.LocalTime> remindAt) {
    public static final int MAX_FOCUS_CHARS = 80;

    public PlanRequest {
        Objects.requireNonNull(interviewDate, "interviewDate");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(remindAt, "remindAt");
        remindAt = remindAt.map(t -> t.withSecond(0).withNano(0));
        focus = focus.map(String::strip).filter(f -> !f.isEmpty())
                .map(f -> f.length() > MAX_FOCUS_CHARS ? f.substring(0, MAX_FOCUS_CHARS) : f);
    }

    /** A plan without a daily reminder. */
    public PlanRequest(LocalDate interviewDate, Level level, Optional<String> focus, LocalDate startedOn) {
        this(interviewDate, level, focus, startedOn, Optional.empty());
    }

    public PlanRequest withRemindAt(Optional<java.time.LocalTime> at) {
        return new PlanRequest(interviewDate, level, focus, startedOn, at);
    }

    /** How the request appears in a person's data export. */
    public java.util.Map<String, Object> exported() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("interviewDate", interviewDate.toString());
        m.put("level", level.label());
        m.put("focus", focus.orElse(null));
        m.put("startedOn", startedOn.toString());
        m.put("remindAt", remindAt.map(Object::toString).orElse(null));
        return m;
    }
}
