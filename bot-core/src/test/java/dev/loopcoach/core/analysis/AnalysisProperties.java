package dev.loopcoach.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Difficulty;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.coaching.AskedProbe;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.ProbeIntent;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Robustness and metamorphic properties of the analysis: it never throws and is deterministic on any text, adding
 * a quantified result makes an answer quantified, and removing the result sentence removes the result.
 */
class AnalysisProperties {
    private static final BarRaiserCoach COACH = BarRaiserCoach.standard();
    private static final AnswerAnalyzer ANALYZER = COACH.analyzer();
    private static final Question QUESTION = new Question(new QuestionId("prop-1"),
            "Tell me about a time you used data to fix a problem for customers.", Category.BEHAVIORAL,
            List.of(LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.CUSTOMER_OBSESSION), Set.of(), Difficulty.MEDIUM,
            List.of("What would you do differently?"), List.of());

    @Property(tries = 200)
    void anyUnicodeStringNeverThrowsAndGivesTheSameCoachingTwice(@ForAll @StringLength(max = 2_000) String answer) {
        Coaching first = COACH.coach(QUESTION, answer, List.of());
        Coaching second = COACH.coach(QUESTION, answer, List.of());

        assertThat(second).isEqualTo(first);
        assertThat(first.followUps()).hasSizeLessThanOrEqualTo(3);
        assertThat(first.overall()).isNotNull();
    }

    @Property(tries = 15)
    void hugeMixedInputsUpTo100kCharsNeverThrowAndAreDeterministic(@ForAll("hugeTexts") String answer) {
        Coaching first = COACH.coach(QUESTION, answer, List.of("What would you do differently?"));
        Coaching second = COACH.coach(QUESTION, answer, List.of("What would you do differently?"));

        assertThat(second).isEqualTo(first);
        assertThat(first.summary().words()).isGreaterThanOrEqualTo(0);
        AskedProbe outcome = new AskedProbe("What was the outcome, in numbers?", ProbeIntent.OUTCOME);
        assertThat(COACH.coachFollowUp(QUESTION, outcome, answer, answer, List.of()))
                .isEqualTo(COACH.coachFollowUp(QUESTION, outcome, answer, answer, List.of()));
    }

    @Example
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

    @Property(tries = 150)
    void addingAQuantifiedResultSentenceMakesTheAnswerQuantified(@ForAll("storiesWithoutResult") String story,
            @ForAll("quantifiedResults") String result) {
        AnswerAnalysis before = ANALYZER.analyze(QUESTION.text(), story, QUESTION.lps());
        AnswerAnalysis after = ANALYZER.analyze(QUESTION.text(), story + " " + result, QUESTION.lps());

        assertThat(before.impact().quantified()).as("before: %s", story).isFalse();
        assertThat(after.impact().quantified()).as("after adding: %s", result).isTrue();
    }

    @Property(tries = 150)
    void removingTheResultSentenceRemovesTheResult(@ForAll("storiesWithoutResult") String story,
            @ForAll("anyResults") String result) {
        AnswerAnalysis with = ANALYZER.analyze(QUESTION.text(), story + " " + result, QUESTION.lps());
        AnswerAnalysis without = ANALYZER.analyze(QUESTION.text(), story, QUESTION.lps());

        assertThat(with.star().has(StarPart.RESULT)).as("with: %s", result).isTrue();
        assertThat(without.star().has(StarPart.RESULT)).as("without: %s", story).isFalse();
    }

    @Provide
    Arbitrary<String> hugeTexts() {
        Arbitrary<String> chunk = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(400),
                Arbitraries.of("\u202eRTL \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 ", "\uD83D\uDE80\uD83D\uDD25 emoji ",
                        "**bold** _it_ `code` > quote\n- bullet\n# Heading\n", "\u0000\u0007\u001b[31m\r\n\t",
                        "I increased conversion by 30% in 2 weeks. ", "We would maybe kind of improve things. ",
                        "e.g. i.e. 3.5 $1,200 10x ... ?!? ", "\uD800 lone surrogate \uDFFF ", "a".repeat(500)));
        return chunk.list().ofMinSize(1).ofMaxSize(400).map(parts -> {
            StringBuilder b = new StringBuilder();
            for (String p : parts) {
                if (b.length() + p.length() > 100_000) {
                    break;
                }
                b.append(p);
            }
            return b.toString();
        });
    }

    private static final List<String> AREAS = List.of("checkout", "search", "onboarding", "billing", "returns",
            "notifications");
    private static final List<String> PROBLEMS = List.of("slow pages", "failed payments", "confusing forms",
            "late deliveries", "duplicate orders");
    private static final List<String> METRICS = List.of("conversion", "retention", "activation", "the refund rate",
            "support volume");
    private static final List<String> ROLES = List.of("director", "tech lead", "finance partner", "design lead");

    @Provide
    Arbitrary<String> storiesWithoutResult() {
        Arbitrary<String> situation = Combinators.combine(Arbitraries.of(AREAS), Arbitraries.of(PROBLEMS),
                Arbitraries.of(METRICS), Arbitraries.integers().between(0, 3)).as((area, problem, metric, form) ->
                switch (form) {
                    case 0 -> "Last year I was the product manager for " + area + " at a grocery startup.";
                    case 1 -> "At my previous company our " + area + " flow had a problem with " + problem + ".";
                    case 2 -> "When I joined the " + area + " team, " + metric + " had been flat for months.";
                    default -> "Our " + area + " team was struggling with " + problem + ".";
                });
        Arbitrary<String> task = Combinators.combine(Arbitraries.of(PROBLEMS), Arbitraries.of(METRICS),
                Arbitraries.integers().between(0, 2)).as((problem, metric, form) ->
                switch (form) {
                    case 0 -> "My goal was to fix the " + problem + " before the holidays.";
                    case 1 -> "I was asked to improve " + metric + ".";
                    default -> "";
                });
        Arbitrary<String> action = Combinators.combine(Arbitraries.of(AREAS), Arbitraries.of(METRICS),
                Arbitraries.of(ROLES), Arbitraries.integers().between(2, 40), Arbitraries.integers().between(0, 4))
                .as((area, metric, role, n, form) -> switch (form) {
                    case 0 -> "I interviewed " + n + " customers and mapped the " + area + " flow.";
                    case 1 -> "I pulled the " + metric + " data myself and split it by device.";
                    case 2 -> "I wrote a one-page proposal and got " + (n % 5 + 1) + " engineers for the work.";
                    case 3 -> "I ran a small test with " + n + " percent of traffic.";
                    default -> "I met the " + role + " every week to remove blockers.";
                });
        return Combinators.combine(situation, task, action.list().ofMinSize(1).ofMaxSize(3)).as((s, t, actions) -> {
            List<String> parts = new ArrayList<>();
            parts.add(s);
            if (!t.isEmpty()) {
                parts.add(t);
            }
            parts.addAll(actions);
            return String.join(" ", parts);
        });
    }

    @Provide
    Arbitrary<String> quantifiedResults() {
        return Combinators.combine(Arbitraries.of(METRICS), Arbitraries.integers().between(2, 60),
                Arbitraries.integers().between(2, 12), Arbitraries.integers().between(0, 3)).as((metric, pct, k, form) ->
                switch (form) {
                    case 0 -> "As a result, " + metric + " went from " + pct + "% to " + (pct + 7) + "% within " + k + " weeks.";
                    case 1 -> "After launch, " + metric + " improved by " + pct + " percent.";
                    case 2 -> "In the end we saved $" + (pct * 1000) + " a year.";
                    default -> "Within " + k + " months " + metric + " had doubled.";
                });
    }

    @Provide
    Arbitrary<String> anyResults() {
        Arbitrary<String> unquantified = Combinators.combine(Arbitraries.of(METRICS), Arbitraries.of(ROLES),
                Arbitraries.integers().between(0, 1)).as((metric, role, form) -> form == 0
                ? "As a result, the problem with " + metric + " went away and the team kept the change."
                : "In the end the " + role + " approved the rollout to every market.");
        return Arbitraries.oneOf(quantifiedResults(), unquantified);
    }
}
