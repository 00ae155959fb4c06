package dev.loopcoach.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every command a person can send reads back from the inbox exactly as it was written down. */
class CommandCodecTest {
    /** One of each command, with every optional part filled and text that needs escaping. */
    static final List<CoachCommand> ONE_OF_EACH = List.of(
            new CoachCommand.StartInterview(Optional.of(Category.values()[0]), Optional.of(Level.PRINCIPAL),
                    Optional.of(LeadershipPrinciple.DIVE_DEEP)),
            CoachCommand.StartInterview.defaults(),
            new CoachCommand.StartLoop(Optional.of(Level.SENIOR)),
            new CoachCommand.StartWriting(Optional.of("w-2")),
            new CoachCommand.OneQuestion(Optional.empty(), Optional.of(Level.PM), Optional.of(LeadershipPrinciple.FRUGALITY),
                    Optional.of(new QuestionId("beh-dd-003"))),
            new CoachCommand.SubmitAnswer("I said \"no\" twice,\nthen shipped it: 31% \u2192 12% \uD83D\uDE80"),
            new CoachCommand.FinishDraft(), new CoachCommand.Hint(), new CoachCommand.Skip(), new CoachCommand.Repeat(),
            new CoachCommand.End(), new CoachCommand.Resume(), new CoachCommand.ExplainLp(Optional.of("dive deep")),
            new CoachCommand.ShowProgress(), new CoachCommand.DraftStoriesFromBullets("- Cut churn 12%\n- Led 4 engineers"),
            new CoachCommand.SetTimeZone("Europe/Berlin"), new CoachCommand.ShowHistory(Optional.of("beh-dd-003")),
            new CoachCommand.Plan("2027-01-15 senior growth"), new CoachCommand.Drill("answer checkout rewrite"),
            new CoachCommand.Verdicts("private"), new CoachCommand.ListStories(),
            new CoachCommand.AddStory("Checkout", "S T A R"), new CoachCommand.SaveAnswerAsStory("Returns"),
            new CoachCommand.ExportMyData(), new CoachCommand.DeleteMyData(true), new CoachCommand.Help(),
            new CoachCommand.Handbook("star", Optional.of("x")));

    @Test
    void everyKindOfCommand_readsBackEqual() {
        for (CoachCommand c : ONE_OF_EACH) {
            assertThat(CommandCodec.decode(CommandCodec.encode(c))).as(c.toString()).isEqualTo(c);
        }
    }

    @Test
    void theSamplesCoverEveryCommand_soANewOneIsCheckedToo() {
        Set<Class<?>> covered = ONE_OF_EACH.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrder(CoachCommand.class.getPermittedSubclasses());
    }

    @Test
    void textThatIsNoCommand_isRefusedWithAReason() {
        assertThatThrownBy(() -> CommandCodec.decode("{\"type\":\"LaunchRockets\",\"args\":{}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LaunchRockets");
        assertThatThrownBy(() -> CommandCodec.decode("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Arrays.stream(CoachCommand.class.getPermittedSubclasses()).map(Class::getSimpleName).distinct().count())
                .as("simple names are the stored type, so they must be unique")
                .isEqualTo(CoachCommand.class.getPermittedSubclasses().length);
    }
}
