package dev.loopcoach.slack.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.command.CoachCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DirectMessageCommandTest {

    @Test
    @DisplayName("a lone control word in the DM acts like its button; anything else is an answer")
    void givenDmText_commandOrAnswer() {
        assertThat(MessageEventListener.dmCommand("Hint")).isInstanceOf(CoachCommand.Hint.class);
        assertThat(MessageEventListener.dmCommand("skip")).isInstanceOf(CoachCommand.Skip.class);
        assertThat(MessageEventListener.dmCommand("end")).isInstanceOf(CoachCommand.End.class);
        assertThat(MessageEventListener.dmCommand("help")).isInstanceOf(CoachCommand.Help.class);
        assertThat(MessageEventListener.dmCommand("done")).as("a lone done hands a memo in, it is not a part of it")
                .isInstanceOf(CoachCommand.FinishDraft.class);
        assertThat(MessageEventListener.dmCommand("Submit")).isInstanceOf(CoachCommand.FinishDraft.class);
        assertThat(MessageEventListener.dmCommand("In the end I shipped it"))
                .isEqualTo(new CoachCommand.SubmitAnswer("In the end I shipped it"));
        assertThat(MessageEventListener.dmCommand("/hint")).isInstanceOf(CoachCommand.SubmitAnswer.class);
    }
}
