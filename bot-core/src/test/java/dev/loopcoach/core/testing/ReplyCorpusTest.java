package dev.loopcoach.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.reply.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The console's walk: every command any reply of the core names is one the console's parser knows. */
class ReplyCorpusTest {
    @Test
    void givenEveryReplyKind_thenEachNamedCommandIsOneTheConsoleKnows() {
        Map<String, Reply> corpus = ReplyCorpus.collect();
        TextCommandParser parser = TextCommandParser.forBank(RealCoach.builtInBank());
        assertThat(corpus.size()).isGreaterThan(70);
        int named = 0;
        for (Map.Entry<String, Reply> e : corpus.entrySet()) {
            for (String command : ReplyCorpus.namedCommands(e.getValue().plainText())) {
                if (ReplyCorpus.echoes(e.getKey(), command)) {
                    continue;
                }
                named++;
                ParseResult parsed = parser.parse(command);
                boolean unknown = parsed instanceof ParseResult.Invalid invalid && invalid.message().startsWith("I don't know /");
                assertThat(unknown).as("after \"%s\" the reply names %s", e.getKey(), command).isFalse();
            }
        }
        assertThat(named).as("the walk reads the commands the replies name").isGreaterThan(50);
    }

    @Test
    void namedCommands_findsCommandsButNotPathsOrUrls() {
        assertThat(ReplyCorpus.namedCommands("Try /coach story save <title>, or /help. See https://x.io/a and Europe/Berlin."))
                .containsExactly("/coach story", "/help");
    }
}
