package dev.loopcoach.bench;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.AnswerAnalyzer;
import dev.loopcoach.core.analysis.LpTagger;
import dev.loopcoach.core.analysis.LpTagging;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Difficulty;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread throughput of the coaching analysis on a 300-word answer and of tagging one question.
 * Goal: at least 10,000 analysed answers per second on one core.
 * Run: {@code ./mvnw -q -Pbench -pl bot-bench -am package -DskipTests && java -jar bot-bench/target/benchmarks.jar}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CoachingBenchmark {
    static final String QUESTION = "Tell me about a time you found the real cause of a problem that everyone else had "
            + "explained away. What did you look at yourself?";

    /** 300 words: a complete STAR story with numbers, some filler, a forecast and a lesson. */
    static final String ANSWER = "Last spring I was the product manager for checkout at a mid-size online furniture "
            + "store, and our mobile conversion had dropped from about 3.1 percent to 2.4 percent in six weeks. "
            + "Marketing was sure it was a seasonal dip, and honestly most of the leadership team agreed with them. "
            + "My goal was to find out whether the drop was real and, if it was, to fix it before the summer sale. "
            + "I started by pulling the funnel data myself in SQL and splitting it by device, browser and country. "
            + "The drop was almost entirely on Android, and only on the payment step, which did not look like "
            + "seasonality at all. I then read about two hundred support tickets from that period and found a "
            + "pattern: people said the pay button did nothing. I sat with one of our engineers, replayed sessions, "
            + "and we saw that a new address field pushed the button behind the keyboard on smaller screens. "
            + "I wrote up the finding with the numbers, shared it with marketing and leadership, and asked for a "
            + "hotfix instead of waiting for the next release. The engineer and I tested the fix on five devices, "
            + "and it shipped two days later. Within a week Android conversion was back to 3.0 percent, and over "
            + "the following month we recovered roughly 1,200 orders, about $340,000 in revenue. We expect the "
            + "new device checks to prevent similar issues, and I think that kind of matters a lot. I also added "
            + "a weekly dashboard that compares conversion by device, so a gap like this shows up in days instead "
            + "of weeks. The lesson for me was to check the data myself before accepting an explanation, even a "
            + "plausible one from senior people. Since then I always split a metric drop by platform first, and "
            + "it has caught two smaller problems early.";

    private AnswerAnalyzer analyzer;
    private BarRaiserCoach coach;
    private LpTagger tagger;
    private Question question;

    @Setup
    public void setUp() {
        coach = BarRaiserCoach.standard();
        analyzer = coach.analyzer();
        tagger = coach.tagger();
        question = new Question(new QuestionId("bench-dd-1"), QUESTION, Category.BEHAVIORAL,
                List.of(LeadershipPrinciple.DIVE_DEEP), Set.of(), Difficulty.MEDIUM,
                List.of("What would you have done if the data had been inconclusive?"), List.of());
    }

    /** The analysis alone: STAR, impact, ownership, length, language, LP signals, relevance. */
    @Benchmark
    public AnswerAnalysis analyzeAnswer300Words() {
        return analyzer.analyze(QUESTION, ANSWER, List.of(LeadershipPrinciple.DIVE_DEEP));
    }

    /** The whole coach: analysis plus votes, follow-ups, tips, STAR skeleton and feedback blocks. */
    @Benchmark
    public Coaching coachAnswer300Words() {
        return coach.coach(question, ANSWER, List.of());
    }

    @Benchmark
    public LpTagging tagQuestion() {
        return tagger.tag(QUESTION);
    }
}
