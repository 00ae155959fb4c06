package dev.loopcoach.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Difficulty;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.AskedProbe;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.ProbeIntent;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.testing.Generated;
import dev.loopcoach.core.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Robustness and metamorphic properties of the analysis: it never throws and is deterministic on any text, adding
 * a quantified result makes an answer quantified, and removing the result sentence removes the result.
 *
 * <p>Each property runs a few hundred cases drawn from a fixed seed (the same cases on every run); a failing case is
 * reported with its seed and shortened input, and the source's generator on {@code new Random(seed)} rebuilds the full
 * input.
 */
class AnalysisPropertiesTest {
    private static final BarRaiserCoach COACH = BarRaiserCoach.standard();
    private static final AnswerAnalyzer ANALYZER = COACH.analyzer();
    private static final Question QUESTION = new Question(new QuestionId("prop-1"),
            "Tell me about a time you used data to fix a problem for customers.", Category.BEHAVIORAL,
            List.of(LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.CUSTOMER_OBSESSION), Set.of(), Difficulty.MEDIUM,
            List.of("What would you do differently?"), List.of());
    private static final int MAX_ANY_STRING = 2_000;
    private static final int MAX_HUGE_TEXT = 100_000;

    static Stream<Generated<String>> anyUnicodeStrings() {
        return Generated.cases("anyUnicodeStrings()", 0x5eed_0001L, 200, AnalysisPropertiesTest::anyUnicodeString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anyUnicodeStrings")
    void anyUnicodeStringNeverThrowsAndGivesTheSameCoachingTwice(Generated<String> answer) {
        Coaching first = answer.call(() -> COACH.coach(QUESTION, answer.value(), List.of()));
        Coaching second = answer.call(() -> COACH.coach(QUESTION, answer.value(), List.of()));

        assertThat(second).as(answer::describe).isEqualTo(first);
        assertThat(first.followUps()).as(answer::describe).hasSizeLessThanOrEqualTo(3);
        assertThat(first.overall()).as(answer::describe).isNotNull();
    }

    static Stream<Generated<String>> hugeTexts() {
        return Generated.cases("hugeTexts()", 0x5eed_0002L, 40, AnalysisPropertiesTest::hugeText);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeTexts")
    void hugeMixedInputsUpTo100kCharsNeverThrowAndAreDeterministic(Generated<String> answer) {
        List<String> asked = List.of("What would you do differently?");
        Coaching first = answer.call(() -> COACH.coach(QUESTION, answer.value(), asked));
        Coaching second = answer.call(() -> COACH.coach(QUESTION, answer.value(), asked));

        assertThat(second).as(answer::describe).isEqualTo(first);
        assertThat(first.summary().words()).as(answer::describe).isGreaterThanOrEqualTo(0);
        AskedProbe outcome = new AskedProbe("What was the outcome, in numbers?", ProbeIntent.OUTCOME);
        assertThat(answer.call(() -> COACH.coachFollowUp(QUESTION, outcome, answer.value(), answer.value(), List.of())))
                .as(answer::describe)
                .isEqualTo(answer.call(() -> COACH.coachFollowUp(QUESTION, outcome, answer.value(), answer.value(), List.of())));
    }

    @Test
    void aFull100kCharacterMixOfUnicodeControlCharactersAndMarkdownIsHandledDeterministically() {
        StringBuilder b = new StringBuilder(100_000);
        String[] parts = {"\u202eRTL \u05e9\u05dc\u05d5\u05dd ", "\uD83D\uDE80 emoji ", "**bold** `code`\n- bullet\n",
            "\u0000\u0007\u001b[31m\r\n\t", "I increased conversion by 30% in 2 weeks. ", "\uD800 lone ", "e.g. 3.5 $1,200 "};
        for (int i = 0; b.length() < 100_000; i++) {
            b.append(parts[i % parts.length]);
        }
        String answer = b.substring(0, 100_000);

        Coaching first = COACH.coach(QUESTION, answer, List.of());

        assertThat(COACH.coach(QUESTION, answer, List.of())).isEqualTo(first);
        assertThat(first.summary().words()).isGreaterThan(10_000);
        assertThat(ANALYZER.analyze(QUESTION.text(), answer, QUESTION.lps()).text().truncated()).isTrue();
    }

    /** A story without a result, and a result sentence to append to it. */
    record StoryAndResult(String story, String result) {
        @Override
        public String toString() {
            return "story=" + Generated.shorten(story) + " result=" + Generated.shorten(result);
        }
    }

    static Stream<Generated<StoryAndResult>> storiesWithQuantifiedResults() {
        return Generated.cases("storiesWithQuantifiedResults()", 0x5eed_0003L, 150,
                random -> new StoryAndResult(storyWithoutResult(random), quantifiedResult(random)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storiesWithQuantifiedResults")
    void addingAQuantifiedResultSentenceMakesTheAnswerQuantified(Generated<StoryAndResult> example) {
        String story = example.value().story();
        String result = example.value().result();
        AnswerAnalysis before = example.call(() -> ANALYZER.analyze(QUESTION.text(), story, QUESTION.lps()));
        AnswerAnalysis after = example.call(() -> ANALYZER.analyze(QUESTION.text(), story + " " + result, QUESTION.lps()));

        assertThat(before.impact().quantified()).as(() -> "before: " + story + "\n" + example.describe()).isFalse();
        assertThat(after.impact().quantified()).as(() -> "after adding: " + result + "\n" + example.describe()).isTrue();
    }

    static Stream<Generated<StoryAndResult>> storiesWithAnyResults() {
        return Generated.cases("storiesWithAnyResults()", 0x5eed_0004L, 150,
                random -> new StoryAndResult(storyWithoutResult(random), anyResult(random)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storiesWithAnyResults")
    void removingTheResultSentenceRemovesTheResult(Generated<StoryAndResult> example) {
        String story = example.value().story();
        String result = example.value().result();
        AnswerAnalysis with = example.call(() -> ANALYZER.analyze(QUESTION.text(), story + " " + result, QUESTION.lps()));
        AnswerAnalysis without = example.call(() -> ANALYZER.analyze(QUESTION.text(), story, QUESTION.lps()));

        assertThat(with.star().has(StarPart.RESULT)).as(() -> "with: " + result + "\n" + example.describe()).isTrue();
        assertThat(without.star().has(StarPart.RESULT)).as(() -> "without: " + story + "\n" + example.describe()).isFalse();
    }

    @Test
    void theGeneratorsCoverWhatThePropertiesClaim() {
        List<String> any = anyUnicodeStrings().map(Generated::value).toList();
        assertThat(any).allMatch(s -> s.length() <= MAX_ANY_STRING)
                .contains("")
                .anyMatch(s -> s.length() == MAX_ANY_STRING)
                .anyMatch(s -> s.length() > 1_000 && s.length() < MAX_ANY_STRING)
                .anyMatch(s -> s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'))
                .anyMatch(s -> s.chars().anyMatch(c -> c >= 0x7f && c <= 0x9f))
                .anyMatch(s -> s.codePoints().anyMatch(Character::isSupplementaryCodePoint))
                .anyMatch(s -> s.codePoints().anyMatch(c -> Character.isSurrogate((char) c) && c <= 0xffff))
                .anyMatch(s -> s.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT))
                .anyMatch(s -> s.contains("%") && s.contains(". "));
        assertThat(any.stream().filter(s -> s.length() <= 10)).hasSizeGreaterThan(20);

        Generated<String> someHuge = hugeTexts().skip(3).findFirst().orElseThrow();
        assertThat(hugeText(new Random(someHuge.seed()))).as("a seed rebuilds its input").isEqualTo(someHuge.value());

        List<String> huge = hugeTexts().map(Generated::value).toList();
        assertThat(huge).allMatch(s -> s.length() <= MAX_HUGE_TEXT)
                .anyMatch(s -> s.length() > 99_000)
                .anyMatch(s -> s.length() < 20_000)
                .anyMatch(s -> s.contains("**bold**") && s.contains("\u0000") && s.contains("\ud83d\ude80"));

        assertThat(storiesWithQuantifiedResults().map(g -> g.value().story()).distinct()).hasSizeGreaterThan(140);
        assertThat(storiesWithAnyResults().map(g -> g.value().result()))
                .anyMatch(r -> r.contains("approved the rollout"))
                .anyMatch(r -> r.contains("%"));
    }

    /** Any UTF-16 string up to 2,000 units: edge cases, any BMP unit, mixed character classes or words. */
    static String anyUnicodeString(Random random) {
        return RandomText.anyString(random, MAX_ANY_STRING);
    }

    private static final List<String> HUGE_TEXT_PARTS = List.of(
            "\u202eRTL \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 ", "\uD83D\uDE80\uD83D\uDD25 emoji ",
            "**bold** _it_ `code` > quote\n- bullet\n# Heading\n", "\u0000\u0007\u001b[31m\r\n\t",
            "I increased conversion by 30% in 2 weeks. ", "We would maybe kind of improve things. ",
            "e.g. i.e. 3.5 $1,200 10x ... ?!? ", "\uD800 lone surrogate \uDFFF ", "a".repeat(500));

    /**
     * 1 to 400 chunks, each either up to 400 units of any BMP text or one of {@link #HUGE_TEXT_PARTS}, joined while
     * the total stays within 100,000 characters; one time in four it keeps adding chunks until the next one would not
     * fit, so some inputs are within a few hundred characters of the limit.
     */
    static String hugeText(Random random) {
        boolean fill = random.nextInt(4) == 0;
        int chunks = fill ? Integer.MAX_VALUE : 1 + random.nextInt(400);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < chunks; i++) {
            String part = random.nextBoolean() ? RandomText.anyBmpUpTo(random, 400)
                    : HUGE_TEXT_PARTS.get(random.nextInt(HUGE_TEXT_PARTS.size()));
            if (b.length() + part.length() > MAX_HUGE_TEXT) {
                break;
            }
            b.append(part);
        }
        return b.toString();
    }

    private static final List<String> AREAS = List.of("checkout", "search", "onboarding", "billing", "returns",
            "notifications");
    private static final List<String> PROBLEMS = List.of("slow pages", "failed payments", "confusing forms",
            "late deliveries", "duplicate orders");
    private static final List<String> METRICS = List.of("conversion", "retention", "activation", "the refund rate",
            "support volume");
    private static final List<String> ROLES = List.of("director", "tech lead", "finance partner", "design lead");

    /** A situation, an optional task and one to three actions, with no result. */
    static String storyWithoutResult(Random random) {
        String area = pick(random, AREAS);
        String situation = switch (random.nextInt(4)) {
            case 0 -> "Last year I was the product manager for " + area + " at a grocery startup.";
            case 1 -> "At my previous company our " + area + " flow had a problem with " + pick(random, PROBLEMS) + ".";
            case 2 -> "When I joined the " + area + " team, " + pick(random, METRICS) + " had been flat for months.";
            default -> "Our " + area + " team was struggling with " + pick(random, PROBLEMS) + ".";
        };
        String task = switch (random.nextInt(3)) {
            case 0 -> "My goal was to fix the " + pick(random, PROBLEMS) + " before the holidays.";
            case 1 -> "I was asked to improve " + pick(random, METRICS) + ".";
            default -> "";
        };
        List<String> parts = new ArrayList<>();
        parts.add(situation);
        if (!task.isEmpty()) {
            parts.add(task);
        }
        int actions = 1 + random.nextInt(3);
        for (int i = 0; i < actions; i++) {
            parts.add(action(random));
        }
        return String.join(" ", parts);
    }

    private static String action(Random random) {
        int n = between(random, 2, 40);
        return switch (random.nextInt(5)) {
            case 0 -> "I interviewed " + n + " customers and mapped the " + pick(random, AREAS) + " flow.";
            case 1 -> "I pulled the " + pick(random, METRICS) + " data myself and split it by device.";
            case 2 -> "I wrote a one-page proposal and got " + (n % 5 + 1) + " engineers for the work.";
            case 3 -> "I ran a small test with " + n + " percent of traffic.";
            default -> "I met the " + pick(random, ROLES) + " every week to remove blockers.";
        };
    }

    /** A result sentence with a number: a before/after percentage, a percent improvement, money saved or a multiple. */
    static String quantifiedResult(Random random) {
        String metric = pick(random, METRICS);
        int pct = between(random, 2, 60);
        int k = between(random, 2, 12);
        return switch (random.nextInt(4)) {
            case 0 -> "As a result, " + metric + " went from " + pct + "% to " + (pct + 7) + "% within " + k + " weeks.";
            case 1 -> "After launch, " + metric + " improved by " + pct + " percent.";
            case 2 -> "In the end we saved $" + (pct * 1000) + " a year.";
            default -> "Within " + k + " months " + metric + " had doubled.";
        };
    }

    /** Half the time a quantified result, otherwise a result without numbers. */
    static String anyResult(Random random) {
        if (random.nextBoolean()) {
            return quantifiedResult(random);
        }
        return random.nextBoolean()
                ? "As a result, the problem with " + pick(random, METRICS) + " went away and the team kept the change."
                : "In the end the " + pick(random, ROLES) + " approved the rollout to every market.";
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
