package dev.loopcoach.discord.command;

import dev.loopcoach.core.help.CommandNames;
import dev.loopcoach.core.help.Verb;
import java.util.Optional;

/** How Discord spells each verb: /mockinterview, /coach subcommands and buttons (Discord has no typed commands). */
public final class DiscordNames implements CommandNames {
    /** The console commands in the core's text, as Discord offers them. */
    public static final dev.loopcoach.core.help.Respelling RESPELLING = new dev.loopcoach.core.help.Respelling(java.util.Map.ofEntries(
            java.util.Map.entry("help", "/coach help"), java.util.Map.entry("resume", "/coach resume"),
            java.util.Map.entry("question", "/coach question"), java.util.Map.entry("lp", "/coach lp"),
            java.util.Map.entry("progress", "/coach progress"), java.util.Map.entry("stories", "/coach stories"),
            java.util.Map.entry("story add", "/coach story-add"), java.util.Map.entry("story save", "/coach story-save"),
            java.util.Map.entry("story bullets", "/coach story-bullets"), java.util.Map.entry("mydata export", "/coach mydata-export"),
            java.util.Map.entry("mydata delete", "/coach mydata-delete"), java.util.Map.entry("process", "/coach process"),
            java.util.Map.entry("levels", "/coach levels"), java.util.Map.entry("star", "/coach star"),
            java.util.Map.entry("tips", "/coach tips"), java.util.Map.entry("history", "/coach history"),
            java.util.Map.entry("plan", "/coach plan"), java.util.Map.entry("plan remind", "/coach plan remind:"), java.util.Map.entry("verdicts", "/coach verdicts"),
            java.util.Map.entry("drill", "/coach drill"),
            java.util.Map.entry("timezone", "/coach timezone"), java.util.Map.entry("repeat", "/coach repeat"),
            java.util.Map.entry("hint", "the Hint button"), java.util.Map.entry("skip", "the Skip button"),
            java.util.Map.entry("end", "the End button"), java.util.Map.entry("done", "the Hand in button"),
            java.util.Map.entry("submit", "the Hand in button"), java.util.Map.entry("answer", "the Answer button")));

    @Override
    public Optional<String> spell(Verb verb) {
        return Optional.ofNullable(switch (verb) {
            case MOCK_INTERVIEW -> "/mockinterview (options type, level, lp, timed)";
            case LOOP -> "/mockinterview type: Full loop";
            case WRITING -> "/mockinterview type: Writing";
            case QUESTION -> "/coach question (options type, level, lp)";
            case QUESTION_BY_ID -> "/coach question id: <id>";
            case WHILE_ANSWERING -> "the Hint, Skip and End buttons, /coach repeat and /coach resume";
            case HAND_IN -> "the Hand in button";
            case LP -> "/coach lp";
            case HANDBOOK -> "/coach process, /coach levels, /coach star, /coach tips";
            case PROGRESS -> "/coach progress";
            case HISTORY -> "/coach history (option id)";
            case PLAN -> "/coach plan (options date, level, focus, remind: HH:MM for a daily DM; action: show, calendar file, off)";
            case STORIES -> "/coach stories";
            case STORY_ADD -> "/coach story-add";
            case STORY_SAVE -> "/coach story-save";
            case STORY_BULLETS -> "/coach story-bullets";
            case DRILL -> "/coach drill (option answer)";
            case VERDICTS -> "/coach verdicts (option mode)";
            case TIME_ZONE -> "/coach timezone";
            case EXPORT -> "/coach mydata-export";
            case DELETE -> "/coach mydata-delete";
            case BOARD -> "/coach leaderboard (option action: show, join, leave)";
            case GUESSING -> "/coach calibration";
            case SHARE -> "/coach share (option action: on, off)";
        });
    }
}
