package dev.loopcoach.core.history;

import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.AnswerSummary;
import dev.loopcoach.core.port.SessionStore;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.Turn;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Attempt history: every answer to a main question, from the person's sessions. Without an id it lists the questions
 * answered most recently; with one it lists every attempt at that question with its vote, and what changed between
 * the last two ({@link AttemptDiff}).
 */
public final class HistoryService {
    /** Sessions read for the history: far more than anyone practises in a season. */
    static final int SESSIONS = 200;
    static final int QUESTIONS_LISTED = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final SessionStore sessions;
    private final QuestionBank bank;

    public HistoryService(SessionStore sessions, QuestionBank bank) {
        this.sessions = sessions;
        this.bank = bank;
    }

    /** Replies name no command (each surface spells them its own way): they say what to ask for. */
    public Reply show(UserKey user, Optional<String> questionId) {
        List<Turn> attempts = attempts(user);
        if (attempts.isEmpty()) {
            return Reply.info("No attempts yet: answer a question and it shows up here, ready to compare with your next try.");
        }
        return questionId.map(id -> one(attempts, id.toLowerCase(Locale.ROOT))).orElseGet(() -> overview(attempts));
    }

    /** Every answered main question, oldest first. */
    private List<Turn> attempts(UserKey user) {
        List<Turn> out = new ArrayList<>();
        for (StoredSession s : sessions.recent(user, SESSIONS)) {
            for (Turn t : s.session().transcript()) {
                if (t.kind() == Turn.Kind.QUESTION && !t.answer().isBlank()) {
                    out.add(t);
                }
            }
        }
        out.sort(Comparator.comparing(Turn::at));
        return out;
    }

    private Reply overview(List<Turn> attempts) {
        Map<QuestionId, List<Turn>> byQuestion = new LinkedHashMap<>();
        for (int i = attempts.size() - 1; i >= 0; i--) {
            byQuestion.computeIfAbsent(attempts.get(i).questionId(), k -> new ArrayList<>()).add(attempts.get(i));
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<QuestionId, List<Turn>> e : byQuestion.entrySet()) {
            if (lines.size() == QUESTIONS_LISTED) {
                break;
            }
            Turn last = e.getValue().get(0);
            int n = e.getValue().size();
            lines.add(e.getKey().value() + ": " + n + (n == 1 ? " attempt" : " attempts") + ", last on " + DAY.format(last.at())
                    + " (" + vote(last) + ")" + title(e.getKey()));
        }
        return Reply.builder(Reply.Kind.INFO).heading("Your attempts")
                .bullets("Most recent first", lines)
                .paragraph("Ask for the history of one question by its id to compare your attempts at it.")
                .build();
    }

    private Reply one(List<Turn> attempts, String id) {
        List<Turn> mine = attempts.stream().filter(t -> t.questionId().value().equals(id)).toList();
        if (mine.isEmpty()) {
            return Reply.error("You have not answered question '" + id + "' yet.");
        }
        Reply.Builder b = Reply.builder(Reply.Kind.INFO).heading("Your attempts at " + id + title(mine.get(0).questionId()));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            Turn t = mine.get(i);
            lines.add("Attempt " + (i + 1) + ", " + DAY.format(t.at()) + ": " + vote(t) + facts(t.summary()));
        }
        b.bullets("", lines);
        if (mine.size() >= 2) {
            List<String> changed = AttemptDiff.between(mine.get(mine.size() - 2), mine.get(mine.size() - 1));
            b.bullets("What changed from attempt " + (mine.size() - 1) + " to " + mine.size(),
                    changed.isEmpty() ? List.of("nothing the rubric measures") : changed);
        }
        b.paragraph("Try it again: ask for question " + id + " by its id, and compare here afterwards.");
        return b.build();
    }

    private String title(QuestionId id) {
        return bank.find(id.value()).map(q -> " (" + abbreviate(q.text()) + ")").orElse("");
    }

    private static String abbreviate(String text) {
        return text.length() <= 70 ? text : text.substring(0, text.lastIndexOf(' ', 68)) + "…";
    }

    private static String vote(Turn t) {
        return t.overall() == null ? "no vote" : t.overall().label();
    }

    private static String facts(AnswerSummary s) {
        if (s == null) {
            return "";
        }
        // missing parts show as a dot: "S · A ·" is a story without its task and result
        String star = (s.situation() ? "S" : "·") + " " + (s.task() ? "T" : "·") + " " + (s.action() ? "A" : "·") + " "
                + (s.result() ? "R" : "·");
        return ", " + s.words() + " words, STAR " + star + (s.quantified() ? ", quantified" : "")
                + ", told with \"" + s.ownership() + "\"";
    }
}
