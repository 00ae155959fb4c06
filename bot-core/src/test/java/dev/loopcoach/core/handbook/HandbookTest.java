package dev.loopcoach.core.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachDeps;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.loop.FakeAnswerCoach;
import dev.loopcoach.core.loop.LoopFeatures;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.lp.LpExplainer;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.BlockBudget;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandbookTest {
    private static CandidateHandbook handbook;
    private static QuestionBank bank;

    @BeforeAll
    static void load() {
        handbook = new CandidateHandbook();
        bank = new BankLoader().builtInOnly();
    }

    /**
     * The limits every platform renderer can honor without cutting: each block within {@link BlockBudget}, at most 25
     * blocks, a heading within a Discord embed title (256), field names and values within an embed field (256/1024),
     * and the whole reply within Discord's 6,000 characters per message of embeds.
     */
    static void assertRenderableEverywhere(Reply reply) {
        assertThat(reply.blocks()).isNotEmpty().hasSizeLessThanOrEqualTo(BlockBudget.BLOCKS_MAX);
        int total = 0;
        for (Block b : reply.blocks()) {
            assertThat(BlockBudget.size(b)).as(b.toString()).isLessThanOrEqualTo(BlockBudget.BLOCK_TEXT_MAX);
            total += BlockBudget.size(b);
            if (b instanceof Block.Heading h) {
                assertThat(h.text().length()).isLessThanOrEqualTo(256);
            }
            if (b instanceof Block.Fields f) {
                assertThat(f.fields()).hasSizeLessThanOrEqualTo(25)
                        .allSatisfy(x -> {
                            assertThat(x.name().length()).isBetween(1, 256);
                            assertThat(x.value().length()).isBetween(1, 1024);
                        });
            }
            if (b instanceof Block.Bullets l) {
                assertThat(l.items()).isNotEmpty().allSatisfy(i -> assertThat(i).isNotBlank());
            }
        }
        assertThat(total).isLessThanOrEqualTo(6000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"process", "levels", "star", "tips"})
    void everyTopicAnswersWithinEveryPlatformsLimits(String topic) {
        Reply reply = handbook.topic(topic, Optional.empty());
        assertThat(reply.kind()).isEqualTo(Reply.Kind.INFO);
        assertRenderableEverywhere(reply);
    }

    @ParameterizedTest
    @ValueSource(strings = {"resume", "thank-you", "offer", "mistakes", "writing"})
    void everyTipAnswersWithinEveryPlatformsLimits(String tip) {
        Reply reply = handbook.topic("tips", Optional.of(tip));
        assertThat(reply.kind()).isEqualTo(Reply.Kind.INFO);
        assertRenderableEverywhere(reply);
    }

    @Test
    @DisplayName("process: the stages, what each tests, and the typical timeline")
    void process() {
        String text = handbook.topic("process", Optional.empty()).plainText();
        assertThat(text).contains("Recruiter screen", "Hiring manager screen", "Written exercise", "On-site loop", "Bar Raiser",
                "Strong Hire", "No Hire", "veto", "45-60 minutes", "1-2 weeks", "48-hour");
    }

    @Test
    @DisplayName("levels: the seed's pay ranges, experience, RSU vesting and the factors that move pay")
    void levels() {
        String text = handbook.topic("levels", Optional.empty()).plainText();
        assertThat(text).contains("$110,000-$140,000", "$140,000-$180,000", "2-5 years", "Senior PM (L6)", "$150,000-$180,000",
                "$200,000-$250,000", "5+ years", "$200,000+", "$300,000+", "8-10+ years", "four years", "AWS", "Location",
                "Performance", "Market");
    }

    @Test
    @DisplayName("star: the four parts and a worked example")
    void star() {
        Reply reply = handbook.topic("star", Optional.empty());
        String text = reply.plainText();
        assertThat(text).contains("Situation", "Task", "Action", "Result", "A worked example", "260-320 words", "10-15 stories");
        assertThat(reply.blocks()).filteredOn(b -> b instanceof Block.Paragraph p && p.text().startsWith("Action:")).hasSize(1);
    }

    @Test
    @DisplayName("tips without a subject list the subjects; each subject has its checklist")
    void tips() {
        String list = handbook.topic("tips", Optional.empty()).plainText();
        assertThat(list).contains("/coach tips resume", "/coach tips thank-you", "/coach tips offer", "/coach tips mistakes");
        assertThat(handbook.topic("tips", Optional.of("resume")).plainText()).contains("Checklist", "number");
        assertThat(handbook.topic("tips", Optional.of("thank-you")).plainText()).contains("within 24 hours", "Subject:", "Hi <name>");
        assertThat(handbook.topic("tips", Optional.of("offer")).plainText()).contains("If you get an offer", "If you are turned down",
                "Ask for feedback", "four years", "Negotiate");
        assertThat(handbook.topic("tips", Optional.of("mistakes")).plainText()).contains("generic resume", "written exercise",
                "\"we\"", "16");
    }

    @Test
    void givenOtherNamesUsersType_findsThePage() {
        assertThat(handbook.topic("tips", Optional.of("thank you")).plainText()).contains("Thank-you email");
        assertThat(handbook.topic("tips", Optional.of("CV")).plainText()).contains("Resume checklist");
        assertThat(handbook.topic("tips", Optional.of("negotiation")).plainText()).contains("Offers and rejections");
        assertThat(handbook.topic("pay", Optional.empty()).plainText()).contains("Levels, experience and pay");
        assertThat(handbook.topic("Timeline", Optional.empty()).plainText()).contains("The Amazon PM hiring process");
        assertThat(handbook.topic("resume", Optional.empty()).plainText()).contains("Resume checklist");
    }

    @Test
    void givenAnUnknownTopic_answersKindlyWithTheValidOnes() {
        Reply reply = handbook.topic("salary-negotiation-secrets", Optional.empty());
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(reply.plainText()).contains("salary-negotiation-secrets", "/coach process", "/coach levels", "/coach star",
                "/coach tips", "resume", "thank-you", "offer", "mistakes");
        Reply tip = handbook.topic("tips", Optional.of("golf"));
        assertThat(tip.kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(tip.plainText()).contains("golf", "/coach tips resume");
        assertThat(handbook.topic("lp", Optional.empty()).plainText()).contains("/lp");
    }

    @Test
    @DisplayName("the content files are all loaded, in order, with the tip subjects the issue names")
    void content() {
        assertThat(handbook.topics()).containsExactly("process", "levels", "star", "tips");
        assertThat(handbook.tipTopics()).contains("resume", "thank-you", "offer", "mistakes");
    }

    @Test
    @DisplayName("/coach lp: every principle explained within the limits, with three sample questions, and the overview too")
    void principles() {
        LpExplainer explainer = new LpExplainer(PrincipleGuides.load(), bank);
        for (LeadershipPrinciple lp : LeadershipPrinciple.values()) {
            Reply reply = explainer.explain(lp);
            assertRenderableEverywhere(reply);
            assertThat(reply.blocks()).filteredOn(b -> b instanceof Block.Bullets l && l.title().equals("Sample questions"))
                    .singleElement().matches(b -> ((Block.Bullets) b).items().size() == 3);
            assertThat(reply.plainText()).contains("What interviewers listen for", "Red flags", "Follow-ups to expect");
        }
        Reply overview = explainer.explain(Optional.empty());
        assertRenderableEverywhere(overview);
        for (LeadershipPrinciple lp : LeadershipPrinciple.values()) {
            assertThat(overview.plainText()).contains(lp.displayName());
        }
    }

    @Test
    @DisplayName("every handbook command answers through the coach as typed on the console")
    void throughTheCoach() {
        InMemoryStores stores = new InMemoryStores();
        CoachDeps deps = new CoachDeps(bank, new FakeAnswerCoach(false), (text, max) -> List.of(), stores.sessions(),
                stores.practice(), stores.stories(), stores.privacy(), stores.prefs(), Clock.system(), new SplittableRandom(1),
                CoachSettings.defaults());
        Coach coach = new Coach(deps, LoopFeatures.extensions(deps));
        TextCommandParser parser = new TextCommandParser();
        UserKey user = new UserKey("console", "reader");
        List<String> lines = new ArrayList<>(List.of("/coach process", "/coach levels", "/coach star", "/coach tips", "/process",
                "/levels", "/star", "/tips thank-you", "/coach lp", "/coach lp backbone"));
        for (String tip : handbook.tipTopics()) {
            lines.add("/coach tips " + tip);
        }
        for (String line : lines) {
            ParseResult parsed = parser.parse(line);
            assertThat(parsed).as(line).isInstanceOf(ParseResult.Parsed.class);
            Reply reply = coach.handle(user, ((ParseResult.Parsed) parsed).command());
            assertThat(reply.kind()).as(line).isEqualTo(Reply.Kind.INFO);
            assertRenderableEverywhere(reply);
        }
    }
}
