package dev.loopcoach.core;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.reply.Reply;
import java.util.List;

/** {@code /help}: the commands, the same on every platform. */
final class HelpText {
    private HelpText() {
    }

    static Reply reply() {
        return Reply.builder(Reply.Kind.INFO)
                .heading("Loop Coach: practise Amazon PM interviews")
                .bullets("Practise", List.of(
                        "/mockinterview [type] [level] [principle]: a mock interview with follow-ups and feedback",
                        "/mockinterview loop [level]: the whole process, screens to debrief",
                        "/mockinterview writing: the written exercise (send the memo in parts, then /done)",
                        "/question [type] [level] [principle]: one question",
                        "/question <id> [level]: that question again; every question shows its id (such as mx-01), "
                                + "and so does the interview summary",
                        "/hint, /skip, /repeat, /end, /resume while answering"))
                .bullets("Learn", List.of(
                        "/lp [name]: a Leadership Principle explained, with sample questions",
                        "/process, /levels, /star, /tips [resume|thank-you|offer|mistakes]"))
                .bullets("Track", List.of(
                        "/progress: where you stand on each principle",
                        "/stories, /story add <title> | <story>, /story save <title>",
                        "/mydata export, /mydata delete"))
                .paragraph("Types: " + Category.keys() + ". Levels: " + Level.keys()
                        + ". Principles by name or a part of it, e.g. \"dive deep\", \"backbone\".")
                .build();
    }
}
