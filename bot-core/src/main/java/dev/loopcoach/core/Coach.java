package dev.loopcoach.core;

import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;

/**
 * The single entry point every adapter (console, Discord, Slack) calls: a user and a command in,
 * a platform-neutral reply out. Thread-safe; state lives in the stores.
 */
public final class Coach {
    private final CoachDeps deps;

    public Coach(CoachDeps deps) {
        this.deps = deps;
    }

    public CoachDeps deps() {
        return deps;
    }

    public Reply handle(UserKey user, CoachCommand command) {
        return Reply.error("Loop Coach is still starting up; please try again.");
    }
}
