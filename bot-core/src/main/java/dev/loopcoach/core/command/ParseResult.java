package dev.loopcoach.core.command;

/** The outcome of reading a user's text: a command, or a friendly explanation of what was wrong. */
public sealed interface ParseResult {
    record Parsed(CoachCommand command) implements ParseResult {
    }

    record Invalid(String message) implements ParseResult {
    }
}
