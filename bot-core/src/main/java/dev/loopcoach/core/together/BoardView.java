package dev.loopcoach.core.together;

import dev.loopcoach.core.reply.Reply;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of the practice board: confirmations, the board on demand and the weekly shout-out. */
final class BoardView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
    static final String WHAT_IS_SHOWN = "Only practice days and streaks are shown, never scores or verdicts.";

    private BoardView() {
    }

    /**
     * A name safe to print anywhere: no mention syntax (@, <, >), no markup characters, no line breaks, at most
     * {@code limit} characters; "someone" when nothing is left.
     */
    static String plainName(String name, int limit) {
        String s = name == null ? "" : name.replaceAll("[\\p{Cntrl}\\r\\n]+", " ")
                .replaceAll("[@<>*_~`|\\\\#\\[\\]]", "").strip().replaceAll("\\s+", " ");
        if (s.length() > limit) {
            s = s.substring(0, limit).strip();
        }
        return s.isEmpty() ? "someone" : s;
    }

    static Reply joined(String name) {
        return Reply.info("You're on this community's practice board as \"" + name + "\". " + WHAT_IS_SHOWN
                + " The weekly shout-out names you only in a week you practised. Leave any time; you are removed at once.");
    }

    static Reply left(boolean wasOn) {
        return Reply.info(wasOn ? "You're off the practice board. Nothing about you is shown on it any more."
                : "You weren't on the practice board, so nothing changed.");
    }

    static Reply board(List<PracticeBoard.Standing> standings, boolean askerOnIt) {
        Reply.Builder b = Reply.builder(Reply.Kind.INFO).heading("Practice board: the last 7 days");
        if (standings.isEmpty()) {
            b.paragraph("Nobody has joined the board yet. It is opt-in: members who join are listed with their practice "
                    + "days and streaks. " + WHAT_IS_SHOWN);
        } else {
            b.bullets("Members who opted in", lines(standings));
            b.paragraph(WHAT_IS_SHOWN);
        }
        if (!askerOnIt) {
            b.paragraph("You're not on it. Joining is up to you.");
        }
        return b.build();
    }

    static Reply weekly(LocalDate from, LocalDate to, List<PracticeBoard.Standing> practised) {
        return Reply.builder(Reply.Kind.INFO)
                .heading("Practice shout-out: " + DAY.format(from) + " to " + DAY.format(to))
                .bullets("Well done to everyone on the board who practised", lines(practised))
                .paragraph("Members chose to be listed. " + WHAT_IS_SHOWN)
                .build();
    }

    static Reply shoutOutOn(ZoneId zone, ZonedDateTime next) {
        return Reply.info("Weekly practice shout-out is on in this channel: every Monday at 09:00 " + zone.getId()
                + ", it names the members who joined the practice board and practised the week before (days and streaks "
                + "only). Next: " + WHEN.format(next) + ".");
    }

    static Reply shoutOutOff() {
        return Reply.info("Weekly practice shout-out is off in this channel.");
    }

    private static List<String> lines(List<PracticeBoard.Standing> standings) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < standings.size() && i < PracticeBoard.SHOWN; i++) {
            PracticeBoard.Standing s = standings.get(i);
            out.add(s.name() + ": " + days(s.days()) + " practised, streak " + days(s.streak()));
        }
        if (standings.size() > PracticeBoard.SHOWN) {
            out.add("and " + (standings.size() - PracticeBoard.SHOWN) + " more");
        }
        return out;
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }
}
