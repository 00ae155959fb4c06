package dev.loopcoach.core.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules every question must satisfy, whether built-in or from a custom pack. */
public final class BankValidator {

    /** A question together with the file it came from, for messages. */
    public record Sourced(String file, Question question) {
    }

    public List<BankProblem> validate(List<Sourced> questions) {
        List<BankProblem> problems = new ArrayList<>();
        Map<QuestionId, String> seen = new HashMap<>();
        for (Sourced s : questions) {
            Question q = s.question();
            String where = "question " + q.id();
            String earlier = seen.putIfAbsent(q.id(), s.file());
            if (earlier != null) {
                problems.add(new BankProblem(s.file(), where, "reuses an id already defined in " + earlier,
                        "give it a new id (ids are unique across the built-in bank and every pack)"));
            }
            if (q.text().length() > TextLimits.QUESTION_TEXT_MAX) {
                problems.add(new BankProblem(s.file(), where, "text is " + q.text().length() + " characters",
                        "shorten it to at most " + TextLimits.QUESTION_TEXT_MAX + " so it fits every platform"));
            }
            for (String f : q.followUps()) {
                if (f.length() > TextLimits.FOLLOW_UP_MAX) {
                    problems.add(new BankProblem(s.file(), where, "has a follow-up of " + f.length() + " characters",
                            "shorten it to at most " + TextLimits.FOLLOW_UP_MAX));
                }
            }
            for (String t : q.tips()) {
                if (t.length() > TextLimits.TIP_MAX) {
                    problems.add(new BankProblem(s.file(), where, "has a tip of " + t.length() + " characters",
                            "shorten it to at most " + TextLimits.TIP_MAX));
                }
            }
            if (q.category() == Category.BEHAVIORAL) {
                if (q.lps().isEmpty()) {
                    problems.add(new BankProblem(s.file(), where, "is behavioral but targets no Leadership Principle",
                            "add \"lps\": [\"<primary principle>\", ...]"));
                }
                if (q.followUps().size() < 2) {
                    problems.add(new BankProblem(s.file(), where, "is behavioral but has " + q.followUps().size() + " follow-up(s)",
                            "add at least 2 follow-ups specific to this question"));
                }
            }
            if (q.levels().isEmpty()) {
                problems.add(new BankProblem(s.file(), where, "has no levels", "add \"levels\": [\"pm\", \"senior\", \"principal\"] (those that fit)"));
            }
        }
        return problems;
    }
}
