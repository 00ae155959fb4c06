package dev.loopcoach.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextCommandParserTest {
    /** The longest message a reply to bad input should be: it must fit any platform, whatever was typed. */
    private static final int MAX_MESSAGE = 600;

    private final TextCommandParser parser = new TextCommandParser();

    private CoachCommand parsed(String line) {
        ParseResult r = parser.parse(line);
        assertThat(r).as("parse of %s", line).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) r).command();
    }

    private String invalid(String line) {
        ParseResult r = parser.parse(line);
        assertThat(r).as("parse of %s", line).isInstanceOf(ParseResult.Invalid.class);
        String message = ((ParseResult.Invalid) r).message();
        assertThat(message).isNotBlank().hasSizeLessThanOrEqualTo(MAX_MESSAGE);
        return message;
    }

    private static CoachCommand.StartInterview interview(Category type, Level level, LeadershipPrinciple lp) {
        return new CoachCommand.StartInterview(Optional.ofNullable(type), Optional.ofNullable(level), Optional.ofNullable(lp));
    }

    @Nested
    class MockInterview {
        @ParameterizedTest
        @ValueSource(strings = {
                "/mockinterview behavioral senior dive deep",
                "/mockinterview dive deep senior behavioral",
                "/mockinterview senior dive deep behavioral",
                "/mockinterview behavioral dive deep senior",
                "/mockinterview senior behavioral dive deep",
                "/mockinterview  Behavioral   SENIOR  Dive   Deep ",
                "/mockinterview lp l6 dive-deep",
                "/mock behavioural sr DIVE_DEEP"})
        void givenTypeLevelAndPrincipleInAnyOrder_allThreeAreRead(String line) {
            assertThat(parsed(line)).isEqualTo(interview(Category.BEHAVIORAL, Level.SENIOR, LeadershipPrinciple.DIVE_DEEP));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '=', value = {
                "have backbone = BACKBONE",
                "backbone = BACKBONE",
                "Have Backbone; Disagree and Commit = BACKBONE",
                "disagree and commit = BACKBONE",
                "earth's best employer = BEST_EMPLOYER",
                "Earth\u2019s Best Employer = BEST_EMPLOYER",
                "strive to be earths best employer = BEST_EMPLOYER",
                "dive deep = DIVE_DEEP",
                "success and scale = BROAD_RESPONSIBILITY",
                "are right, a lot = ARE_RIGHT_A_LOT",
                "bias for action = BIAS_FOR_ACTION",
                "hire and develop the best = HIRE_AND_DEVELOP",
                "frugal = FRUGALITY"})
        void givenAMultiWordPrinciple_itIsReadWhereverItStands(String name, LeadershipPrinciple lp) {
            assertThat(parsed("/mockinterview " + name)).isEqualTo(interview(null, null, lp));
            assertThat(parsed("/mockinterview " + name + " principal")).isEqualTo(interview(null, Level.PRINCIPAL, lp));
            assertThat(parsed("/mockinterview product " + name + " pm")).isEqualTo(interview(Category.PRODUCT_SENSE, Level.PM, lp));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '=', value = {
                "senior pm = SENIOR", "sr pm = SENIOR", "pm ii = PM", "pm i = PM", "pm2 = PM", "principal pm = PRINCIPAL",
                "l7 = PRINCIPAL", "entry = PM"})
        void givenALevelInOneOrTwoWords_itIsRead(String level, Level expected) {
            assertThat(parsed("/mockinterview " + level)).isEqualTo(interview(null, expected, null));
            assertThat(parsed("/mockinterview metrics " + level)).isEqualTo(interview(Category.METRICS, expected, null));
            assertThat(parsed("/mockinterview " + level + " ownership")).isEqualTo(interview(null, expected, LeadershipPrinciple.OWNERSHIP));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '=', value = {
                "product sense = PRODUCT_SENSE", "system design = TECHNICAL", "recruiter screen = RECRUITER_SCREEN",
                "phone screen = RECRUITER_SCREEN", "tpm = PROGRAM", "kpi = METRICS", "strategy = STRATEGY"})
        void givenATypeInOneOrTwoWords_itIsRead(String type, Category expected) {
            assertThat(parsed("/mockinterview " + type)).isEqualTo(interview(expected, null, null));
            assertThat(parsed("/mockinterview senior " + type)).isEqualTo(interview(expected, Level.SENIOR, null));
        }

        @Test
        void givenNoArguments_everythingIsLeftToDefaults() {
            assertThat(parsed("/mockinterview")).isEqualTo(CoachCommand.StartInterview.defaults());
            assertThat(parsed("/interview")).isEqualTo(CoachCommand.StartInterview.defaults());
        }

        @Test
        void givenLoop_aFullLoopStartsAtTheNamedLevel() {
            assertThat(parsed("/mockinterview loop")).isEqualTo(new CoachCommand.StartLoop(Optional.empty()));
            assertThat(parsed("/mockinterview loop senior")).isEqualTo(new CoachCommand.StartLoop(Optional.of(Level.SENIOR)));
            assertThat(parsed("/mockinterview LOOP principal pm")).isEqualTo(new CoachCommand.StartLoop(Optional.of(Level.PRINCIPAL)));
            assertThat(parsed("/mockinterview loop pm ii")).isEqualTo(new CoachCommand.StartLoop(Optional.of(Level.PM)));
        }

        @Test
        void givenLoopWithAnUnknownLevel_theMessageListsTheLevels() {
            assertThat(invalid("/mockinterview loop wizard")).contains("wizard").contains(Level.keys());
        }

        @Test
        void givenWriting_theWritingExerciseStartsWithAnOptionalPrompt() {
            assertThat(parsed("/mockinterview writing")).isEqualTo(new CoachCommand.StartWriting(Optional.empty()));
            assertThat(parsed("/mockinterview writing wr-03")).isEqualTo(new CoachCommand.StartWriting(Optional.of("wr-03")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"/mockinterview wizard", "/mockinterview behavioral senior dragons", "/mockinterview best"})
        void givenWordsThatAreNoTypeLevelOrPrinciple_theMessageExplainsTheUsage(String line) {
            String message = invalid(line);
            assertThat(message).contains("Usage: /mockinterview [type] [level] [principle]").contains(Category.keys())
                    .contains("loop").contains(Level.keys()).contains("/lp");
            assertThat(message.split("writing", -1)).as("each type listed once: %s", message).hasSize(2);
        }

        @Test
        void givenTwoTypes_theSecondIsReportedAsUnreadable() {
            assertThat(invalid("/mockinterview behavioral metrics")).contains("\"metrics\"");
        }
    }

    @Nested
    class OneQuestion {
        @Test
        void givenArgumentsInAnyOrder_aOneQuestionCommandIsRead() {
            assertThat(parsed("/question earn trust pm technical")).isEqualTo(new CoachCommand.OneQuestion(
                    Optional.of(Category.TECHNICAL), Optional.of(Level.PM), Optional.of(LeadershipPrinciple.EARN_TRUST)));
            assertThat(parsed("/q")).isEqualTo(new CoachCommand.OneQuestion(Optional.empty(), Optional.empty(), Optional.empty()));
        }

        @Test
        void givenABadArgument_theUsageNamesTheQuestionCommand() {
            assertThat(invalid("/question loop")).contains("Usage: /question").doesNotContain("loop, writing")
                    .contains("/question <id>");
        }

        @ParameterizedTest
        @CsvSource({
                "/question mx-01, mx-01", "/question MX-01, mx-01", "/q bq-dd-03, bq-dd-03", "/coach question rs-02, rs-02",
                "/question wr-03, wr-03", "/question my-team-001, my-team-001"})
        void givenAQuestionId_exactlyThatQuestionIsAskedFor(String line, String id) {
            assertThat(parsed(line)).isEqualTo(byId(id, null));
        }

        @Test
        void givenAnIdAndALevelInEitherOrder_bothAreRead() {
            assertThat(parsed("/question mx-01 senior")).isEqualTo(byId("mx-01", Level.SENIOR));
            assertThat(parsed("/question principal pm dd-03")).isEqualTo(byId("dd-03", Level.PRINCIPAL));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "metrics | METRICS | |", "product-sense | PRODUCT_SENSE | |", "system-design | TECHNICAL | |",
                "phone-screen | RECRUITER_SCREEN | |", "pm-ii | | PM |", "pm-2 | | PM |", "pm 2 | | PM |", "l6 | | SENIOR |",
                "senior-pm | | SENIOR |", "dive-deep | | | DIVE_DEEP", "have-backbone-disagree-and-commit | | | BACKBONE",
                "earths-best | | | BEST_EMPLOYER", "invent-and-simplify | | | INVENT_AND_SIMPLIFY"})
        void givenTypeLevelOrPrincipleWordsWithDashes_noneIsTakenForAnId(String words, Category type, Level level,
                                                                          LeadershipPrinciple lp) {
            assertThat(parsed("/question " + words)).isEqualTo(new CoachCommand.OneQuestion(
                    Optional.ofNullable(type), Optional.ofNullable(level), Optional.ofNullable(lp)));
        }

        @Test
        void givenAnIdShapedWordTheBankMayNotHave_itIsStillAnIdForTheCoachToCheck() {
            assertThat(parsed("/question xx-99")).isEqualTo(byId("xx-99", null));
        }

        @Test
        void givenAParserThatKnowsTheBank_anIdWithoutTheUsualShapeIsReadButPrincipleNamesStayPrinciples() {
            TextCommandParser knowing = new TextCommandParser(id -> id.equals("onboarding-story") || id.equals("ownership"));

            assertThat(knowing.parse("/question onboarding-story"))
                    .isEqualTo(new ParseResult.Parsed(byId("onboarding-story", null)));
            assertThat(knowing.parse("/question ownership")).isEqualTo(new ParseResult.Parsed(new CoachCommand.OneQuestion(
                    Optional.empty(), Optional.empty(), Optional.of(LeadershipPrinciple.OWNERSHIP))));
            assertThat(invalid("/question onboarding-story")).contains("\"onboarding-story\"").contains("/question <id>");
        }

        @Test
        void givenTwoIds_oneQuestionAtATime() {
            assertThat(invalid("/question mx-01 dd-03")).contains("One question at a time").contains("mx-01").contains("dd-03");
        }

        @Test
        void givenIdsOnOtherCommands_theyAreNotQuestionIds() {
            assertThat(invalid("/mockinterview mx-01")).contains("\"mx-01\"").contains("Usage: /mockinterview");
        }

        private CoachCommand.OneQuestion byId(String id, Level level) {
            return CoachCommand.OneQuestion.byId(new QuestionId(id), Optional.ofNullable(level));
        }
    }

    @Nested
    class CoachPrefix {
        @Test
        void givenCoachAlone_helpIsShown() {
            assertThat(parsed("/coach")).isEqualTo(new CoachCommand.Help());
        }

        @Test
        void givenCoachAndASubcommand_itReadsLikeTheCommandItself() {
            assertThat(parsed("/coach mockinterview behavioral pm backbone"))
                    .isEqualTo(interview(Category.BEHAVIORAL, Level.PM, LeadershipPrinciple.BACKBONE));
            assertThat(parsed("/coach mockinterview loop senior")).isEqualTo(new CoachCommand.StartLoop(Optional.of(Level.SENIOR)));
            assertThat(parsed("/coach lp backbone")).isEqualTo(new CoachCommand.ExplainLp(Optional.of("backbone")));
            assertThat(parsed("/coach lp")).isEqualTo(new CoachCommand.ExplainLp(Optional.empty()));
            assertThat(parsed("/coach hint")).isEqualTo(new CoachCommand.Hint());
            assertThat(parsed("/coach skip")).isEqualTo(new CoachCommand.Skip());
            assertThat(parsed("/coach end")).isEqualTo(new CoachCommand.End());
            assertThat(parsed("/coach resume")).isEqualTo(new CoachCommand.Resume());
            assertThat(parsed("/coach progress")).isEqualTo(new CoachCommand.ShowProgress());
            assertThat(parsed("/coach stories")).isEqualTo(new CoachCommand.ListStories());
            assertThat(parsed("/coach mydata delete confirm")).isEqualTo(new CoachCommand.DeleteMyData(true));
            assertThat(parsed("/coach process")).isEqualTo(new CoachCommand.Handbook("process", Optional.empty()));
            assertThat(parsed("/coach tips thank-you")).isEqualTo(new CoachCommand.Handbook("tips", Optional.of("thank-you")));
        }

        @Test
        void givenCoachStoryAdd_titleAndTextKeepTheirCase() {
            assertThat(parsed("/coach story add Payments Outage | In May I led the rollback."))
                    .isEqualTo(new CoachCommand.AddStory("Payments Outage", "In May I led the rollback."));
        }

        @Test
        void givenCoachAnswer_theAnswerTextIsKeptAsTyped() {
            assertThat(parsed("/coach answer I Cut Costs by 12%")).isEqualTo(new CoachCommand.SubmitAnswer("I Cut Costs by 12%"));
        }

        @Test
        void givenAnUnknownSubcommand_itIsNamedInTheMessage() {
            assertThat(invalid("/coach dance")).contains("/dance").contains("/help");
        }
    }

    @Nested
    class Stories {
        @Test
        void givenTitleBarAndText_aStoryIsAdded() {
            assertThat(parsed("/story add Checkout rescue | In 2023 I rebuilt the checkout flow; conversion rose 12%."))
                    .isEqualTo(new CoachCommand.AddStory("Checkout rescue", "In 2023 I rebuilt the checkout flow; conversion rose 12%."));
        }

        @Test
        void givenMoreBarsAndLines_onlyTheFirstBarSeparatesTheTitle() {
            assertThat(parsed("/Story ADD A | B test | results\nsecond line"))
                    .isEqualTo(new CoachCommand.AddStory("A", "B test | results\nsecond line"));
        }

        @Test
        void givenNoBarOrAnEmptyPart_theUsageIsExplained() {
            assertThat(invalid("/story add just a title")).contains("/story add <title> | <the story>");
            assertThat(invalid("/story add | only the story")).contains("title and the story text");
            assertThat(invalid("/story add Title |   ")).contains("title and the story text");
        }

        @Test
        void givenSaveListOrNothing_theMatchingCommandIsRead() {
            assertThat(parsed("/story save Dashboard rebuild")).isEqualTo(new CoachCommand.SaveAnswerAsStory("Dashboard rebuild"));
            assertThat(invalid("/story save")).contains("/story save <title>");
            assertThat(parsed("/story")).isEqualTo(new CoachCommand.ListStories());
            assertThat(parsed("/story list")).isEqualTo(new CoachCommand.ListStories());
            assertThat(parsed("/stories")).isEqualTo(new CoachCommand.ListStories());
            assertThat(invalid("/story edit 3")).contains("/story add").contains("/stories");
        }
    }

    @Nested
    class MyData {
        @Test
        void givenDeleteWithConfirm_deletionIsConfirmed() {
            assertThat(parsed("/mydata delete confirm")).isEqualTo(new CoachCommand.DeleteMyData(true));
            assertThat(parsed("/mydata DELETE Confirm")).isEqualTo(new CoachCommand.DeleteMyData(true));
        }

        @Test
        void givenDeleteWithoutConfirm_onlyAConfirmationIsAskedFor() {
            assertThat(parsed("/mydata delete")).isEqualTo(new CoachCommand.DeleteMyData(false));
            assertThat(parsed("/mydata delete now")).isEqualTo(new CoachCommand.DeleteMyData(false));
        }

        @Test
        void givenExportOrNothing_exportIsReadOrTheChoicesExplained() {
            assertThat(parsed("/mydata export")).isEqualTo(new CoachCommand.ExportMyData());
            assertThat(invalid("/mydata")).contains("/mydata export").contains("/mydata delete");
        }
    }

    @Nested
    class Mistakes {
        @Test
        void givenAnUnknownCommand_itIsNamedWithAPointerToHelp() {
            assertThat(invalid("/frobnicate now")).isEqualTo("I don't know /frobnicate. Type /help to see what I can do.");
        }

        @Test
        void givenTextWithoutASlash_itIsNotACommand() {
            assertThat(invalid("hello coach")).contains("Commands start with /");
            assertThat(invalid(null)).contains("Commands start with /");
            assertThat(invalid("")).contains("Commands start with /");
        }

        @Test
        void givenAnswerWithoutText_itAsksForTheText() {
            assertThat(invalid("/answer")).contains("Type your answer after /answer");
        }

        @Test
        void givenAVeryLongUnknownCommand_theMessageQuotesOnlyItsStart() {
            String message = invalid("/" + "x".repeat(100_000));
            assertThat(message).startsWith("I don't know /xxx").contains("\u2026").contains("/help");
        }

        @Test
        void givenAVeryLongUnreadableArgument_theMessageQuotesOnlyItsStart() {
            String message = invalid("/mockinterview " + "dragons ".repeat(20_000));
            assertThat(message).contains("\"dragons dragons").contains("Usage: /mockinterview");
        }

        @Test
        void givenAnEmojiCutAtTheLimit_noHalfCharacterIsLeft() {
            String message = invalid("/" + "\uD83D\uDE80".repeat(500));
            for (int i = 0; i < message.length(); i++) {
                char c = message.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertThat(i + 1 < message.length() && Character.isLowSurrogate(message.charAt(i + 1))).as("pair at %d", i).isTrue();
                } else if (Character.isLowSurrogate(c)) {
                    assertThat(i > 0 && Character.isHighSurrogate(message.charAt(i - 1))).as("pair at %d", i).isTrue();
                }
            }
        }
    }

    @Test
    @DisplayName("garbage of every kind gets a result, never an exception, and messages stay short")
    void garbageNeverThrows() {
        List<String> lines = new ArrayList<>(List.of("/", "//", "/ ", "/\t", "   /help   ", "\uD83D\uDE80", "/\uD83D\uDE80\uD83D\uDE80",
                "/mockinterview \uD83D\uDE80", "/story add \uD83D\uDE80 | \uD83D\uDE80", "/story add |", "/story add", "/coach coach coach",
                "/coach\tstory add a | b", "/\u0000", "/mydata \u202Edelete", "/lp " + "\u00e9".repeat(50_000), "/answer \n\n ",
                "/story save " + "t".repeat(30_000), "/mockinterview loop " + "x ".repeat(30_000), "/mockinterview writing " + "\uD800",
                "/" + "\uDC00".repeat(10), "/q |||", "/coach mockinterview " + "senior ".repeat(500)));
        Random random = new Random(20250601);
        String[] pieces = {"/", " ", "  ", "\n", "|", "\t", "coach", "story", "add", "mockinterview", "loop", "writing", "senior", "pm",
                "dive", "deep", "backbone", "earth's", "mydata", "delete", "confirm", "answer", "\uD83D\uDE80", "\u00fc", "x", "?", "'"};
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "/" : "");
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            lines.add(sb.toString());
        }
        for (String line : lines) {
            assertThatCode(() -> {
                ParseResult r = parser.parse(line);
                assertThat(r).isNotNull();
                if (r instanceof ParseResult.Invalid bad) {
                    assertThat(bad.message()).isNotBlank().hasSizeLessThanOrEqualTo(MAX_MESSAGE);
                }
            }).as("parse of %s", line.length() > 80 ? line.substring(0, 80) + "..." : line).doesNotThrowAnyException();
        }
    }

    @Test
    void givenAPeerMockOnTheConsole_thenItSaysWhereToPairUp() {
        assertThat(invalid("/mockinterview peer senior today")).contains("Discord server or a Slack workspace")
                .contains("/mockinterview peer [level] [when]");
    }
}
