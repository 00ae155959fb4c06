package dev.loopcoach.core.story;

import java.time.LocalDate;

/** The spaced intervals of story drills (1, 3, 7, 14 and 30 days), moved by how each drill went. */
public final class DrillSchedule {
    static final int[] INTERVAL_DAYS = {1, 3, 7, 14, 30};

    private DrillSchedule() {
    }

    /** A card never drilled: due the day after its story was saved. */
    public static DrillState first(LocalDate savedOn) {
        return new DrillState(0, savedOn.plusDays(INTERVAL_DAYS[0]), DrillGrade.NEW);
    }

    /** After a drill on {@code today}: good climbs a step, fair stays, missed starts again at one day. */
    public static DrillState after(DrillState s, DrillGrade grade, LocalDate today) {
        int step = switch (grade) {
            case GOOD -> Math.min(INTERVAL_DAYS.length - 1, s.step() + 1);
            case FAIR, NEW -> s.step();
            case MISSED -> 0;
        };
        return new DrillState(step, today.plusDays(INTERVAL_DAYS[step]), grade);
    }

    public static int intervalDays(int step) {
        return INTERVAL_DAYS[step];
    }
}
