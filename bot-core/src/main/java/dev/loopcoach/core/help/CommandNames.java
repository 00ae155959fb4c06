package dev.loopcoach.core.help;

import java.util.Optional;

/** How one surface spells each verb; empty for a verb the surface does not offer, so help never names it. */
@FunctionalInterface
public interface CommandNames {
    Optional<String> spell(Verb verb);

    /** The console's (and any text surface's) spelling: slash commands typed as a line. */
    CommandNames CONSOLE = verb -> verb == Verb.BOARD || verb == Verb.GUESSING || verb == Verb.SHARE ? Optional.empty()
            : Optional.of(switch (verb) {
        case MOCK_INTERVIEW -> "/mockinterview [type] [level] [principle] [timed]";
        case LOOP -> "/mockinterview loop [level]";
        case WRITING -> "/mockinterview writing";
        case QUESTION -> "/question [type] [level] [principle]";
        case QUESTION_BY_ID -> "/question <id> [level]";
        case WHILE_ANSWERING -> "/hint, /skip, /repeat, /end, /resume";
        case HAND_IN -> "/done";
        case LP -> "/lp [name]";
        case HANDBOOK -> "/process, /levels, /star, /tips [resume|thank-you|offer|mistakes]";
        case PROGRESS -> "/progress";
        case HISTORY -> "/history [id]";
        case PLAN -> "/plan <YYYY-MM-DD> [level] [focus], /plan, /plan remind HH:MM|off, /plan ics, /plan off";
        case STORIES -> "/stories";
        case STORY_ADD -> "/story add <title> | <story>";
        case STORY_SAVE -> "/story save <title>";
        case STORY_BULLETS -> "/story bullets <bullets>";
        case DRILL -> "/drill, /drill <answer>";
        case VERDICTS -> "/verdicts private|public";
        case TIME_ZONE -> "/timezone <zone>";
        case EXPORT -> "/mydata export";
        case DELETE -> "/mydata delete";
        case BOARD, GUESSING, SHARE -> throw new IllegalStateException("boards and guessing need a community; the console has none");
    });
}
