package dev.loopcoach.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every question of the built-in bank, each of its follow-ups and its hints, rendered the way an
 * interview shows them, fits Discord: one message, one embed, all limits respected.
 */
class BankRenderingTest {
    private static QuestionBank bank;
    private final ReplyView view = new ReplyView();

    @BeforeAll
    static void loadBank() {
        bank = new BankLoader().builtInOnly();
    }

    private static List<String> tags(Question q) {
        List<String> tags = new ArrayList<>();
        q.lps().stream().map(LeadershipPrinciple::displayName).forEach(tags::add);
        tags.add(q.category().label());
        tags.add(Level.PRINCIPAL.label());
        return tags;
    }

    @Test
    @DisplayName("every question card of the bank fits one embed of one message")
    void everyQuestionCardFits() {
        assertThat(bank.size()).isGreaterThan(300);
        List<String> problems = new ArrayList<>();
        for (Question q : bank.all()) {
            Reply reply = Reply.builder(Reply.Kind.QUESTION)
                    .heading("Bar Raiser round with Morgan (Bar Raiser, Director of Product), about 60 minutes")
                    .block(new Block.QuestionCard(q.id().value(), "Question 10 of 10", q.text(), tags(q)))
                    .paragraph("Why this question: it targets your weakest principle so far, " + q.lps() + ".")
                    .paragraph("Answer with one real story in STAR form (Situation, Task, Action, Result), about 2 minutes "
                            + "(260-320 words), saying \"I\" for what you did and ending with a measurable result.")
                    .actions(Action.ANSWER, Action.HINT, Action.SKIP, Action.END)
                    .build();
            List<MessagePlan> plans = view.render(reply);
            List<String> v = ReplyViewTest.violations(plans);
            if (plans.size() != 1 || !v.isEmpty()) {
                problems.add(q.id() + ": " + plans.size() + " messages " + v);
            }
            String description = plans.get(0).embeds().get(1).getDescription();
            if (description == null || !description.startsWith(Markdown.escape(q.text().split("\n")[0]).strip())) {
                problems.add(q.id() + ": question text not shown whole at the top of its card");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("every follow-up and every hint of the bank fits one message")
    void everyFollowUpAndHintFits() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Question q : bank.all()) {
            for (String probe : q.followUps()) {
                Reply reply = Reply.builder(Reply.Kind.QUESTION)
                        .block(new Block.QuestionCard(q.id().value(), "Follow-up", probe, tags(q)))
                        .paragraph("Why I ask: your answer did not say what you did yourself.")
                        .actions(Action.ANSWER, Action.HINT, Action.SKIP, Action.END).build();
                checked++;
                List<MessagePlan> plans = view.render(reply);
                if (plans.size() != 1 || !ReplyViewTest.violations(plans).isEmpty()) {
                    problems.add(q.id() + " follow-up: " + ReplyViewTest.violations(plans));
                }
            }
            Reply hints = Reply.builder(Reply.Kind.INFO).heading("Hints").bullets("", q.tips()).build();
            checked++;
            List<MessagePlan> plans = view.render(hints);
            if (plans.size() != 1 || !ReplyViewTest.violations(plans).isEmpty()) {
                problems.add(q.id() + " hints: " + ReplyViewTest.violations(plans));
            }
        }
        assertThat(checked).isGreaterThan(bank.size());
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("the longest possible feedback on the longest question stays within limits, split cleanly")
    void longestFeedbackFits() {
        Question longest = bank.all().stream().max((a, b) -> Integer.compare(a.text().length(), b.text().length())).orElseThrow();
        String answer = "In my last role I owned the checkout funnel, and I said: \"**we** ship _now_\" @everyone. ".repeat(50)
                .substring(0, 4000);
        Reply.Builder b = Reply.builder(Reply.Kind.FEEDBACK).heading("Feedback on question 3 of 3");
        List<Block.Field> votes = new ArrayList<>();
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            votes.add(new Block.Field(lp.displayName(), "Strongly Not Inclined"));
        }
        b.fields(votes);
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            b.bullets("Evidence for " + lp.displayName(), List.of(answer.substring(0, 900), answer.substring(900, 1800)));
        }
        b.bullets("Rewrite tips", longest.tips());
        b.quote(answer);
        b.block(new Block.Divider());
        b.block(new Block.QuestionCard(longest.id().value(), "Follow-up", longest.followUps().isEmpty() ? longest.text()
                : longest.followUps().get(0), tags(longest)));
        b.actions(Action.ANSWER, Action.HINT, Action.SKIP, Action.END);

        List<MessagePlan> plans = view.render(b.build());

        assertThat(ReplyViewTest.violations(plans)).isEmpty();
        assertThat(plans.size()).isBetween(2, 12);
        assertThat(plans.get(plans.size() - 1).embeds().stream().anyMatch(e -> "Follow-up".equals(e.getTitle()))).isTrue();
    }
}
