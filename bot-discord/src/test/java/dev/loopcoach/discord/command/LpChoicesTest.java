package dev.loopcoach.discord.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

class LpChoicesTest {

    @Test
    void givenNothingTyped_offersAllSixteenExactNames() {
        List<Command.Choice> all = LpChoices.matching("");

        assertThat(all).hasSize(16);
        assertThat(all).extracting(Command.Choice::getName)
                .containsExactlyElementsOf(LeadershipPrinciple.all().stream().map(LeadershipPrinciple::displayName).toList());
        assertThat(all).allSatisfy(c -> assertThat(c.getAsString().length()).isLessThanOrEqualTo(100));
    }

    @Test
    void givenPrefix_nameStartsComeBeforeWordStartsAndSubstrings() {
        assertThat(LpChoices.matching("de")).extracting(Command.Choice::getName)
                .containsExactly("Deliver Results", "Hire and Develop the Best", "Dive Deep");
        assertThat(LpChoices.matching("in")).extracting(Command.Choice::getName)
                .startsWith("Invent and Simplify", "Insist on the Highest Standards");
    }

    @Test
    void givenWordInside_findsItIgnoringCaseAndPunctuation() {
        assertThat(LpChoices.matching("BACKBONE")).extracting(Command.Choice::getAsString)
                .containsExactly("have-backbone-disagree-and-commit");
        assertThat(LpChoices.matching("earths")).extracting(Command.Choice::getName)
                .containsExactly("Strive to be Earth's Best Employer");
    }

    @Test
    void givenNoMatch_offersNothing() {
        assertThat(LpChoices.matching("quantum")).isEmpty();
    }
}
