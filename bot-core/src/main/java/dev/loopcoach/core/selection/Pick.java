package dev.loopcoach.core.selection;

import dev.loopcoach.core.bank.Question;

/** A chosen question and the reason it was chosen, in words a candidate understands. */
public record Pick(Question question, String reason) {
}
