package dev.loopcoach.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.RealCoach;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resume bullets become STAR drafts in the story bank, flagged for a missing number or a "we". */
class BulletDraftsTest {
    private static final String PASTED = """
            Experience
            - Led the checkout redesign across web and app, cutting drop-off from 41% to 29% in one quarter
            - We migrated card payments to a second provider for redundancy
            • Built a seller onboarding flow used in three markets
            """;

    @Test
    void givenBulletedLines_thenOneDraftPerBullet_withTheirFlags_andHeadingsAreLeftOut() {
        List<BulletDrafts.Draft> drafts = BulletDrafts.from(PASTED);

        assertThat(drafts).extracting(BulletDrafts.Draft::title)
                .containsExactly("Led the checkout redesign across web", "We migrated card payments to a", "Built a seller onboarding flow used");
        assertThat(drafts).extracting(BulletDrafts.Draft::hasNumber).containsExactly(true, false, true);
        assertThat(drafts).extracting(BulletDrafts.Draft::saysWe).containsExactly(false, true, false);
        assertThat(drafts.get(1).skeleton()).contains("Action: We migrated card payments").contains("with \"I\"")
                .contains("Result: (add the measured outcome: a number)");
    }

    @Test
    void givenBulletsOnOneLine_separatedByDotsOrSemicolons_thenTheyAreSplitToo() {
        assertThat(BulletDrafts.from("• Led pricing tests that lifted revenue 6% • Hired and coached two PMs")).hasSize(2);
        assertThat(BulletDrafts.from("Cut support tickets by 30% with a new help center; Launched the partner API in 8 weeks"))
                .hasSize(2);
        assertThat(BulletDrafts.from("hi")).isEmpty();
    }

    @Test
    void throughTheCoach_theDraftsLandInTheStoryBankWithLikelyPrinciples() {
        InMemoryStores stores = new InMemoryStores();
        Coach coach = RealCoach.over(stores, Clock.system(), 3);
        UserKey user = UserKey.console("bullets");
        TextCommandParser parser = TextCommandParser.forBank(RealCoach.builtInBank());

        String reply = coach.handle(user, ((ParseResult.Parsed) parser.parse("/story bullets " + PASTED)).command()).plainText();

        assertThat(reply).contains("3 story drafts saved").contains("no number").contains("\"we\": say what you did");
        assertThat(stores.stories().list(user)).extracting(s -> s.title())
                .contains("Draft: Led the checkout redesign across web", "Draft: Built a seller onboarding flow used");
    }
}
