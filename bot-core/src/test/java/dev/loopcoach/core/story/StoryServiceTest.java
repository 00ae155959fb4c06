package dev.loopcoach.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The story bank through {@link Coach#handle}, with the real principle tagger and Bar Raiser feedback. */
class StoryServiceTest {
    private static final String ROOT_CAUSE = "Last spring our weekly active sellers dropped 9% and nobody could say why. "
            + "I pulled the raw event logs myself, segmented the drop by region, device and app version, and traced it to "
            + "one Android release that broke photo upload for listings. I checked the numbers against the support tickets "
            + "before I raised it, then walked engineering through the data. We rolled back within a day, and active sellers "
            + "recovered to the old level in two weeks.";
    private static final String CHEAPER = "Our team had no budget for a new analytics vendor, so I built the seller dashboard on "
            + "the tools we already paid for. I reused an open-source charting library and cut the hosting bill from $4,000 to "
            + "$900 a month. We shipped it in three weeks with two engineers instead of the five the vendor plan needed.";

    private final ManualClock clock = ManualClock.at("2025-06-11T10:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final UserKey user = new UserKey("slack", "T0FAKE:U0STORY");
    private final Coach coach = RealCoach.over(stores, clock, 9, new CoachSettings(2, 0, Level.SENIOR, 20_000));

    @BeforeAll
    static void loadOnce() {
        RealCoach.builtInBank();
        RealCoach.barRaiser();
    }

    private Reply send(CoachCommand command) {
        clock.advance(Duration.ofMinutes(1));
        return coach.handle(user, command);
    }

    private List<Story> stories() {
        return stores.stories().list(user);
    }

    @Nested
    class Add {
        @Test
        void givenATitleAndAStory_itIsSavedTaggedWithThePrinciplesItShowsAndCoached() {
            Reply reply = send(new CoachCommand.AddStory("Seller drop", ROOT_CAUSE));

            assertThat(stories()).singleElement().satisfies(s -> {
                assertThat(s.title()).isEqualTo("Seller drop");
                assertThat(s.text()).isEqualTo(ROOT_CAUSE);
                assertThat(s.lps()).isNotEmpty().hasSizeLessThanOrEqualTo(3).contains(LeadershipPrinciple.DIVE_DEEP);
                assertThat(s.createdAt()).isEqualTo(clock.now());
            });
            assertThat(reply.blocks().get(0)).isEqualTo(new Block.Heading("Story saved: Seller drop"));
            String shows = stories().get(0).lps().stream().map(LeadershipPrinciple::displayName).reduce((a, b) -> a + ", " + b).orElseThrow();
            assertThat(reply.plainText()).contains("It shows most strongly: " + shows).contains("Bar Raiser feedback").contains("/stories");
        }

        @Test
        void givenAFrugalStory_itIsTaggedWithFrugality() {
            send(new CoachCommand.AddStory("Dashboard on a shoestring", CHEAPER));

            assertThat(stories()).singleElement().satisfies(s -> assertThat(s.lps()).contains(LeadershipPrinciple.FRUGALITY));
        }

        @Test
        void givenAMissingOrOversizedPart_aFriendlyErrorSavesNothing() {
            assertThat(send(new CoachCommand.AddStory("  ", ROOT_CAUSE)).plainText()).contains("needs a title and the story");
            assertThat(send(new CoachCommand.AddStory("Title", "\n")).plainText()).contains("needs a title and the story");
            assertThat(send(new CoachCommand.AddStory("t".repeat(101), ROOT_CAUSE)).plainText()).contains("under 100 characters (it was 101)");
            Reply tooLong = send(new CoachCommand.AddStory("Long", "word ".repeat(4_001)));
            assertThat(tooLong.kind()).isEqualTo(Reply.Kind.ERROR);
            assertThat(tooLong.plainText()).contains("the limit is 20000");
            assertThat(stories()).isEmpty();
            assertThat(stores.holdsAnythingAbout(user, List.of())).isFalse();
        }
    }

    @Nested
    class Matrix {
        private void stored(String title, LeadershipPrinciple... lps) {
            stores.stories().add(user, title, "A story about " + title + ".", List.of(lps), clock.now());
        }

        @Test
        void givenNoStories_everyPrincipleIsAGapOfTwo() {
            Reply reply = send(new CoachCommand.ListStories());

            assertThat(reply.plainText()).contains("Your story bank (0 stories)").contains("No stories yet")
                    .contains("16 principles still need stories");
            Block.Bullets matrix = matrix(reply);
            assertThat(matrix.title()).isEqualTo("Story x principle matrix (goal: 2 per principle)");
            assertThat(matrix.items()).hasSize(16).allMatch(line -> line.endsWith(": 0 (gap: 2 more)"));
        }

        @Test
        void givenStories_eachPrincipleShowsItsStoriesAndTheGapToTwo() {
            stored("Seller drop", LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.OWNERSHIP);
            stored("Fraud spike", LeadershipPrinciple.DIVE_DEEP);
            stored("Shoestring dashboard", LeadershipPrinciple.FRUGALITY, LeadershipPrinciple.OWNERSHIP, LeadershipPrinciple.DIVE_DEEP);

            Reply reply = send(new CoachCommand.ListStories());

            assertThat(reply.plainText()).contains("Your story bank (3 stories)")
                    .contains("- Seller drop: Dive Deep, Ownership")
                    .contains("- Shoestring dashboard: Frugality, Ownership, Dive Deep");
            List<String> lines = matrix(reply).items();
            assertThat(lines).contains("Dive Deep: 3 (covered) Seller drop, Fraud spike, Shoestring dashboard",
                    "Ownership: 2 (covered) Seller drop, Shoestring dashboard",
                    "Frugality: 1 (gap: 1 more) Shoestring dashboard",
                    "Think Big: 0 (gap: 2 more)");
            assertThat(reply.plainText()).contains("14 principles still need stories. Start with: Customer Obsession, Invent and Simplify, "
                    + "Are Right, A Lot.");
        }

        @Test
        void givenTwoStoriesForEveryPrinciple_noGapIsLeft() {
            for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
                stored(lp.slug() + " one", lp);
                stored(lp.slug() + " two", lp);
            }

            Reply reply = send(new CoachCommand.ListStories());

            assertThat(matrix(reply).items()).allMatch(line -> line.contains(": 2 (covered)"));
            assertThat(reply.plainText()).doesNotContain("still need stories");
        }

        @Test
        void givenAnotherUsersStories_theyAreNotShown() {
            stores.stories().add(new UserKey("slack", "T0FAKE:U0OTHER"), "Not mine", "Someone else's story.",
                    List.of(LeadershipPrinciple.THINK_BIG), clock.now());

            assertThat(send(new CoachCommand.ListStories()).plainText()).contains("(0 stories)").doesNotContain("Not mine");
        }

        private Block.Bullets matrix(Reply reply) {
            return reply.blocks().stream().filter(b -> b instanceof Block.Bullets l && l.title().startsWith("Story x principle"))
                    .map(Block.Bullets.class::cast).findFirst().orElseThrow();
        }
    }

    @Nested
    class SaveLatestAnswer {
        @Test
        void givenNoAnswerYet_itExplainsHowToGetOne() {
            Reply reply = send(new CoachCommand.SaveAnswerAsStory("Nothing"));

            assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
            assertThat(reply.plainText()).contains("no answer to save yet").contains("/story add");
            assertThat(stories()).isEmpty();
        }

        @Test
        void givenAnsweredQuestions_theLatestMainAnswerIsSavedUnderTheTitle() {
            send(CoachCommand.StartInterview.defaults());
            send(new CoachCommand.SubmitAnswer(CHEAPER));
            send(new CoachCommand.SubmitAnswer(ROOT_CAUSE));

            Reply reply = send(new CoachCommand.SaveAnswerAsStory("Seller drop"));

            assertThat(reply.plainText()).startsWith("Story saved: Seller drop");
            assertThat(stories()).singleElement().satisfies(s -> {
                assertThat(s.title()).isEqualTo("Seller drop");
                assertThat(s.text()).isEqualTo(ROOT_CAUSE);
                assertThat(s.lps()).contains(LeadershipPrinciple.DIVE_DEEP);
            });
        }

        @Test
        void givenAnAnswerInAnEarlierInterview_itIsFoundAfterANewInterviewStarts() {
            send(CoachCommand.StartInterview.defaults());
            send(new CoachCommand.SubmitAnswer(CHEAPER));
            send(CoachCommand.StartInterview.defaults());

            send(new CoachCommand.SaveAnswerAsStory("Shoestring dashboard"));

            assertThat(stories()).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo(CHEAPER));
        }
    }
}
