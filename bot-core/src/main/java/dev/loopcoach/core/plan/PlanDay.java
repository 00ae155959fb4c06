package dev.loopcoach.core.plan;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One day of a prep plan: what to do, on which principles, and why this day holds it. */
public record PlanDay(LocalDate date, Kind kind, List<LeadershipPrinciple> principles, String why, boolean groupFocus) {

    /** A day of the person's own plan (not their study group's principle of the week). */
    public PlanDay(LocalDate date, Kind kind, List<LeadershipPrinciple> principles, String why) {
        this(date, kind, principles, why, false);
    }

    public enum Kind {
        QUESTION("one question"),
        STORY("write stories"),
        WRITING("the written exercise"),
        MOCK_LOOP("a full mock loop"),
        LIGHT("light day");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PlanDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        principles = List.copyOf(principles);
        Objects.requireNonNull(why, "why");
    }

    /** "one question: Dive Deep", "write stories: Frugality + Earn Trust" (names may hold commas), "light day". */
    public String summary() {
        return principles.isEmpty() ? kind.label()
                : kind.label() + ": " + String.join(" + ", principles.stream().map(LeadershipPrinciple::displayName).toList())
                        + (groupFocus ? " (your group's principle of the week)" : "");
    }
}
