package dev.loopcoach.core.loop;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.session.Round;
import dev.loopcoach.core.session.SessionPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a round sits in the process, read from the plan itself (so a stored loop needs no extra fields): the round
 * whose question is a writing prompt is the written exercise, rounds before it are phone screens, rounds after it
 * are the on-site loop. A plan without a written exercise is all on-site.
 */
public enum LoopStage {
    SCREEN, WRITING, ONSITE;

    public static List<LoopStage> of(SessionPlan plan, QuestionBank bank) {
        int writing = -1;
        for (int i = 0; i < plan.rounds().size() && writing < 0; i++) {
            if (isWriting(plan.rounds().get(i), bank)) {
                writing = i;
            }
        }
        List<LoopStage> out = new ArrayList<>();
        for (int i = 0; i < plan.rounds().size(); i++) {
            out.add(writing < 0 || i > writing ? ONSITE : i == writing ? WRITING : SCREEN);
        }
        return out;
    }

    static boolean isWriting(Round round, QuestionBank bank) {
        return round.questions().stream().anyMatch(id -> bank.find(id).map(q -> q.category() == Category.WRITING).orElse(false));
    }
}
