package dev.loopcoach.core.story;

/** How a drill went; it moves the card on its ladder of intervals (see {@link DrillSchedule}). */
public enum DrillGrade {
    /** Not drilled yet. */
    NEW,
    /** Right story, or told well with its numbers and "I" intact: the next, longer interval. */
    GOOD,
    /** Told, but thinner than the saved story (a number or the "I" went missing, or over time): the same interval again. */
    FAIR,
    /** Wrong story, or not a story: back to the first interval. */
    MISSED
}
