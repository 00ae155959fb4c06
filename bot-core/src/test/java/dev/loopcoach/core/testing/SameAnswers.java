package dev.loopcoach.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.batch.AnalyzeBatch;
import dev.loopcoach.core.coaching.Vote;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixed answers to fixed bank questions, for the tests that prove every surface (console, Discord, Slack, the loop,
 * daily threads) gives an answer the same verdict as {@code ./coach analyze --jsonl}. The four span the rubrics (a
 * story, a case walk-through, a recruiter pitch) and, with today's analyzer, four different votes, so a surface that
 * shows a constant or another question's vote cannot pass by luck.
 *
 * <p>Every question here targets two principles, so its feedback always carries an "Overall" field (a story judged on
 * one principle shows that principle's vote instead).
 */
public final class SameAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OVERALL =
            Pattern.compile("Overall[*_:\\s]*(Strongly Not Inclined|Strongly Inclined|Not Inclined|Inclined)\\b");
    private static final Map<String, Analyzed> ANALYZED = new ConcurrentHashMap<>();

    /** One answer to one bank question, asked by id with {@code /question <id>}. */
    public record Case(String name, String questionId, String answer) {
        public Question question() {
            return RealCoach.builtInBank().find(questionId).orElseThrow(
                    () -> new IllegalStateException("bank question " + questionId + " is gone; pick another for " + name));
        }

        /** The console's text command that asks exactly this question. */
        public String askCommand() {
            return "/question " + questionId;
        }

        /** The line {@code ./coach analyze --jsonl} reads for this answer: questionId, question and answer. */
        public String jsonLine() {
            return SameAnswers.jsonLine(name, questionId, question().text(), answer);
        }

        /** The verdict {@code ./coach analyze --jsonl} gives this answer (computed once per JVM). */
        public Analyzed analyzed() {
            return SameAnswers.analyze(name, questionId, question().text(), answer);
        }

        @Override
        public String toString() {
            return name + " (" + questionId + ")";
        }
    }

    /** What the batch CLI said about one line: its {@code verdict} and its {@code votes} per principle (by display name). */
    public record Analyzed(String questionId, String rubric, Vote verdict, Map<String, Vote> votes) {
    }

    /** dd-01 (Dive Deep, Learn and Be Curious): a complete STAR story, told with "I", with measured results. */
    public static final Case STRONG_STORY = new Case("strong STAR story", "dd-01",
            "Last March our Prime Video weekly watch time on Fire TV dropped 9 percent in two weeks, and the dashboard gave no "
                    + "reason. As the product manager for the Fire TV home screen, my goal was to find the cause and fix it before "
                    + "the quarterly business review three weeks later. I pulled the raw playback logs myself and segmented the drop "
                    + "by device model, app version, country and customer cohort. The drop came almost entirely from older Fire TV "
                    + "sticks, used by millions of customers, that had taken our new app release. I was curious why, so I read two hundred customer contacts and "
                    + "watched thirty session recordings; I learned that the new home screen took over eight seconds to load on "
                    + "those devices, so customers gave up before choosing a title. I wrote a two-page analysis with the data, asked "
                    + "the three engineering teams behind the home screen for a lighter layout on low-memory devices, and set up a daily alarm on load time by device. I also "
                    + "tested two layouts with five percent of traffic to be sure of the fix. Within ten days load time fell from "
                    + "eight seconds to two, watch time recovered fully, and it ended the quarter 3 percent above plan. Every team in the "
                    + "Fire TV org now uses the alarm, and it has since caught two similar regressions within hours, and I now review load time per device before every release.");

    /** own-01 (Ownership, Bias for Action): a real but thin story, told as "we", no task and no number in the result. */
    public static final Case WEAK_STORY = new Case("weak story", "own-01",
            "Last year a billing bug sat between the payments team and my team, and nobody owned it. We talked about it in a few "
                    + "meetings and we agreed to look into it together. We asked engineering to fix it when they had time, and "
                    + "eventually the bug was fixed and the team was happier.");

    /** mx-01 (metrics case): goal, customers, metrics and a reasoned priority, but no solutions and no trade-off. */
    public static final Case CASE_ANSWER = new Case("metrics case answer", "mx-01",
            "I would start by clarifying the goal: Prime should make members shop more often and renew, because loyal members are "
                    + "worth more than one-off shoppers. The customers are new trial members, who worry whether the fee is worth it, "
                    + "and long-time paying members, who care most about fast delivery. I would track the trial-to-paid conversion "
                    + "rate, orders per member per month, Prime Video hours per member and the annual renewal rate. I would make "
                    + "renewal the north star and rank it above sign-ups, because sign-ups can be bought with promotions while "
                    + "renewals show members value the fee.");

    /** rs-02 (recruiter screen): motivated and personal but vague, with no names or numbers. */
    public static final Case RECRUITER_ANSWER = new Case("recruiter answer", "rs-02",
            "I want to work at Amazon because I care about customers, and in my current job I read customer feedback every week "
                    + "and act on it. I would like to grow in a larger company and learn how this team works.");

    private SameAnswers() {
    }

    public static List<Case> all() {
        return List.of(STRONG_STORY, WEAK_STORY, CASE_ANSWER, RECRUITER_ANSWER);
    }

    /** The JSONL input line for any question and answer, as an operator would write it. */
    public static String jsonLine(String id, String questionId, String question, String answer) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", id);
        line.put("questionId", questionId);
        line.put("question", question);
        line.put("answer", answer);
        return line.toString();
    }

    /**
     * Runs one line through {@link AnalyzeBatch} (the code behind {@code ./coach analyze --jsonl}) with the standard
     * Bar Raiser coach and the built-in bank; the result is kept for the rest of the JVM.
     */
    public static Analyzed analyze(String id, String questionId, String question, String answer) {
        String line = jsonLine(id, questionId, question, answer);
        return ANALYZED.computeIfAbsent(line, l -> {
            StringWriter out = new StringWriter();
            int status = new AnalyzeBatch(RealCoach.barRaiser(), RealCoach.builtInBank()).run(new StringReader(l), out);
            if (status != 0) {
                throw new IllegalStateException("analyze refused " + l + ": " + out);
            }
            return parse(out.toString().strip());
        });
    }

    /** Reads one output line of {@code ./coach analyze --jsonl}. */
    public static Analyzed parse(String outputLine) {
        try {
            JsonNode o = JSON.readTree(outputLine);
            Map<String, Vote> votes = new LinkedHashMap<>();
            o.path("votes").properties().forEach(e -> votes.put(e.getKey(), vote(e.getValue().asText())));
            return new Analyzed(o.path("questionId").asText(), o.path("rubric").asText(), vote(o.path("verdict").asText()),
                    Map.copyOf(votes));
        } catch (IOException e) {
            throw new UncheckedIOException("not an analyze output line: " + outputLine, e);
        }
    }

    /** The vote with exactly this label ("Strongly Inclined", ...). */
    public static Vote vote(String label) {
        return voteIfAny(label).orElseThrow(() -> new IllegalArgumentException("no vote is labelled \"" + label + "\""));
    }

    public static Optional<Vote> voteIfAny(String label) {
        return Arrays.stream(Vote.values()).filter(v -> v.label().equals(label)).findFirst();
    }

    /**
     * Every overall vote a rendered message shows, in order: the label right after an "Overall" field name, however the
     * surface lays the field out ("Overall: Inclined" in the console and Discord, "*Overall*\nInclined" in Slack).
     */
    public static List<Vote> shownOverall(String rendered) {
        List<Vote> out = new ArrayList<>();
        Matcher m = OVERALL.matcher(rendered);
        while (m.find()) {
            out.add(vote(m.group(1)));
        }
        return out;
    }
}
