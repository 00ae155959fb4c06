package dev.loopcoach.slack.interaction;

import dev.loopcoach.slack.web.ReplyTarget;
import java.util.Optional;

/** What an open answer modal needs on submission: where the question was asked, so feedback lands there. */
public record ModalContext(ReplyTarget target, Optional<QuestionRef> question) {
}
