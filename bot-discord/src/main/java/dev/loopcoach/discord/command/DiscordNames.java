package dev.loopcoach.discord.command;

import dev.loopcoach.core.help.CommandNames;
import dev.loopcoach.core.help.Verb;
import java.util.Optional;

/** How Discord spells each verb: /mockinterview, /coach subcommands and buttons (Discord has no typed commands). */
public final class DiscordNames implements CommandNames {
    @Override
    public Optional<String> spell(Verb verb) {
        return Optional.ofNullable(switch (verb) {
            case MOCK_INTERVIEW -> "/mockinterview (options type, level, lp)";
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
            case STORIES -> "/coach stories";
            case STORY_ADD -> "/coach story-add";
            case STORY_SAVE -> "/coach story-save";
            case STORY_BULLETS -> "/coach story-bullets";
            case TIME_ZONE -> "/coach timezone";
            case EXPORT -> "/coach mydata-export";
            case DELETE -> "/coach mydata-delete";
        });
    }
}
