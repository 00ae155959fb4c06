package dev.loopcoach.core.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** One scheduled posting moment: the channel's local date and the instant the post is due. */
public record Slot(LocalDate localDate, ZonedDateTime due) {
    public Instant at() {
        return due.toInstant();
    }
}
