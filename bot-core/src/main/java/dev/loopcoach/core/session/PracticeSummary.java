package dev.loopcoach.core.session;

import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.AnswerSummary;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.BlockBudget;
import dev.loopcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The end summary of a mock interview: what was asked and answered, votes per principle, what to work on. */
public final class PracticeSummary implements SessionSummarizer {
    private final QuestionBank bank;

    public PracticeSummary(QuestionBank bank) {
        this.bank = bank;
    }

    @Override
    public Reply summarize(InterviewSession s) {
        List<Turn> turns = s.transcript();
        long mainAnswered = turns.stream().filter(t -> t.kind() == Turn.Kind.QUESTION && t.answered()).count();
        long followUpsAnswered = turns.stream().filter(t -> t.kind() == Turn.Kind.FOLLOW_UP && t.answered()).count();
        long skipped = turns.stream().filter(t -> t.kind() == Turn.Kind.SKIPPED).count();
        boolean endedEarly = s.state() instanceof SessionState.Finished f && !f.completed();
        Reply.Builder b = Reply.builder(Reply.Kind.SUMMARY)
                .heading("Interview summary" + (endedEarly ? " (ended early)" : "") + ": "
                        + s.plan().category().map(c -> c.label()).orElse("Behavioral (Leadership Principles)")
                        + ", " + s.plan().level().label());
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field("Questions answered", mainAnswered + " of " + s.plan().totalQuestions()));
        fields.add(new Block.Field("Follow-ups answered", String.valueOf(followUpsAnswered)));
        if (skipped > 0) {
            fields.add(new Block.Field("Skipped", String.valueOf(skipped)));
        }
        OptionalAverage avg = average(turns);
        fields.add(new Block.Field("Overall", avg.count == 0 ? "no answers to judge" : Vote.fromAverage(avg.value()).label()
                + String.format(Locale.ROOT, " (%.1f/4)", avg.value())));
        b.fields(fields);

        List<String> perQuestion = new ArrayList<>();
        int n = 0;
        for (Turn t : turns) {
            if (t.kind() == Turn.Kind.FOLLOW_UP) {
                continue;
            }
            n++;
            String text = bank.find(t.questionId()).map(Question::text).orElse(t.prompt());
            // only a story is described by its STAR parts; case, screen and memo answers by their vote and length
            boolean story = bank.find(t.questionId()).map(q -> q.category() == dev.loopcoach.core.bank.Category.BEHAVIORAL).orElse(true);
            perQuestion.add("Q" + n + " (" + t.questionId() + "): " + shorten(text, 140) + " -> " + (story ? describe(t) : describeCase(t)));
        }
        if (perQuestion.isEmpty()) {
            b.paragraph("No question was answered in this session, so there is nothing to judge yet. "
                    + "Start again with /mockinterview when you are ready.");
        } else {
            b.bullets("What was asked", perQuestion);
        }
        if (endedEarly) {
            String title = "Not answered (the interview ended before them)";
            b.bullets(title, BlockBudget.fit(unanswered(s), 200, BlockBudget.BLOCK_TEXT_MAX - title.length()));
        }
        Map<LeadershipPrinciple, List<Vote>> byLp = new EnumMap<>(LeadershipPrinciple.class);
        for (Turn t : turns) {
            if (t.kind() == Turn.Kind.QUESTION) {
                t.votes().forEach((lp, v) -> byLp.computeIfAbsent(lp, k -> new ArrayList<>()).add(v));
            }
        }
        List<String> lpLines = new ArrayList<>();
        byLp.forEach((lp, votes) -> lpLines.add(lp.displayName() + ": "
                + Vote.fromAverage(votes.stream().mapToInt(Vote::score).average().orElse(0)).label()));
        b.bullets("Votes per Leadership Principle", lpLines);
        b.bullets("Work on next", topTips(turns));
        return b.actions(Action.NEW_INTERVIEW).build();
    }

    /** The planned questions that got no turn at all, numbered as in the plan. */
    private List<String> unanswered(InterviewSession s) {
        Set<QuestionId> done = new HashSet<>();
        s.transcript().forEach(t -> done.add(t.questionId()));
        List<String> out = new ArrayList<>();
        for (int r = 0; r < s.plan().rounds().size(); r++) {
            List<QuestionId> ids = s.plan().rounds().get(r).questions();
            for (int i = 0; i < ids.size(); i++) {
                QuestionId id = ids.get(i);
                if (!done.contains(id)) {
                    String text = bank.find(id).map(Question::text).orElse(id.value());
                    out.add("Q" + s.ordinal(new Position(r, i)) + " (" + id + "): " + shorten(text, 140) + " -> not answered");
                }
            }
        }
        return out;
    }

    private static String describe(Turn t) {
        if (!t.answered()) {
            return "skipped";
        }
        AnswerSummary a = t.summary();
        StringBuilder sb = new StringBuilder();
        sb.append(t.overall() == null ? "answered" : t.overall().label());
        if (a != null) {
            sb.append(" (").append(a.words()).append(a.words() == 1 ? " word; " : " words; ").append(starParts(a))
                    .append(a.quantified() ? "; result quantified" : "; no number in the result")
                    .append("; ownership ").append(a.ownership()).append(')');
        }
        return sb.toString();
    }

    private static String describeCase(Turn t) {
        if (!t.answered()) {
            return "skipped";
        }
        return (t.overall() == null ? "answered" : t.overall().label()) + (t.summary() == null ? "" : " (" + t.summary().words() + (t.summary().words() == 1 ? " word)" : " words)"));
    }

    /** "all four STAR parts", or the parts that are missing. */
    static String starParts(AnswerSummary a) {
        List<String> missing = new ArrayList<>();
        if (!a.situation()) {
            missing.add("situation");
        }
        if (!a.task()) {
            missing.add("task");
        }
        if (!a.action()) {
            missing.add("action");
        }
        if (!a.result()) {
            missing.add("result");
        }
        return missing.isEmpty() ? "all four STAR parts" : "missing " + String.join(", ", missing);
    }

    private record OptionalAverage(double value, int count) {
    }

    private static OptionalAverage average(List<Turn> turns) {
        int sum = 0;
        int count = 0;
        for (Turn t : turns) {
            if (t.kind() == Turn.Kind.QUESTION && t.overall() != null && t.answered()) {
                sum += t.overall().score();
                count++;
            }
        }
        return new OptionalAverage(count == 0 ? 0 : (double) sum / count, count);
    }

    /** The tips that came up most often across answers, at most three. */
    private static List<String> topTips(List<Turn> turns) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Turn t : turns) {
            for (String tip : t.tips()) {
                counts.merge(tip, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
    }

    static String shorten(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
    }
}
