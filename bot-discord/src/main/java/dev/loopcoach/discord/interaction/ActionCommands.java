package dev.loopcoach.discord.interaction;

import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.reply.Action;
import java.util.Optional;

/** The core command a button stands for; Answer (a modal) and Keep my data (nothing to do) have none. */
final class ActionCommands {

    private ActionCommands() {
    }

    static Optional<CoachCommand> of(Action action) {
        switch (action) {
            case HAND_IN:
                return Optional.of(new CoachCommand.FinishDraft());
            case HINT:
                return Optional.of(new CoachCommand.Hint());
            case SKIP:
                return Optional.of(new CoachCommand.Skip());
            case REPEAT:
                return Optional.of(new CoachCommand.Repeat());
            case END:
                return Optional.of(new CoachCommand.End());
            case RESUME:
                return Optional.of(new CoachCommand.Resume());
            case NEW_INTERVIEW:
                return Optional.of(CoachCommand.StartInterview.defaults());
            case CONFIRM_DELETE:
                return Optional.of(new CoachCommand.DeleteMyData(true));
            default:
                return Optional.empty();
        }
    }
}
