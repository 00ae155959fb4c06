package dev.loopcoach.slack.interaction;

/** The question an Answer button belongs to, shown again at the top of the answer modal. */
public record QuestionRef(String label, String text) {
}
