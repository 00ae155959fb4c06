package dev.loopcoach.discord.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.daily.DailyView;
import dev.loopcoach.core.daily.ThreadView;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.fake.PayloadRules;
import dev.loopcoach.discord.support.CoachFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/** Every daily post of the bank, and the longest thread coaching, fit Discord's limits and ping nobody. */
class DailyMessagesTest {
    private final DailyMessages messages = new DailyMessages();

    @Test
    void givenEveryBankQuestion_thePostIsOneMessageWithinLimits_andTheThreadNameFits() {
        List<String> problems = new ArrayList<>();
        for (Question q : CoachFixture.bank().all()) {
            Reply post = DailyView.post(q, LocalDate.of(2025, 3, 3));
            List<MessageCreateData> parts = messages.post(post);
            if (parts.size() != 1) {
                problems.add(q.id().value() + ": " + parts.size() + " messages");
            }
            parts.forEach(p -> PayloadRules.checkMessage(p).forEach(v -> problems.add(q.id().value() + ": " + v)));
            String name = DailyMessages.threadName(post);
            if (name.isEmpty() || name.length() > 100 || !name.startsWith("Daily question")) {
                problems.add(q.id().value() + ": thread name '" + name + "'");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void givenLongestAnswerAndCoaching_threadMessagesStayWithinLimits() {
        Question q = CoachFixture.bank().all().get(0);
        String answer = ("I led the launch @everyone <@123> **bold** and measured 12% growth. ").repeat(60).substring(0, 4000);
        Coaching c = new CoachFixture.SimpleAnswerCoach().coach(q, answer, List.of());
        Reply coaching = ThreadView.coaching(q, c, false, Optional.of(q.followUps().get(0)), false);

        List<MessageCreateData> parts = messages.coaching(coaching, "a".repeat(32), answer,
                new DailyComponent.FollowUp("1", "2", "3"));

        assertThat(parts).isNotEmpty();
        parts.forEach(p -> assertThat(PayloadRules.checkMessage(p)).isEmpty());
        assertThat(parts.get(parts.size() - 1).getComponents()).isNotEmpty();
        assertThat(DailyMessages.asksFollowUp(coaching)).isTrue();
        assertThat(DailyMessages.asksFollowUp(ThreadView.coaching(q, c, false, Optional.empty(), true))).isFalse();
    }
}
