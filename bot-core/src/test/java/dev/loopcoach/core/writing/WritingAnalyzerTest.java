package dev.loopcoach.core.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WritingAnalyzerTest {
    private final WritingAnalyzer analyzer = new WritingAnalyzer();

    private WritingReport analyze(String text) {
        return analyzer.analyze(text, Optional.empty());
    }

    static final String CLEAN_MEMO = """
            Summary
            We recommend launching same-day grocery delivery in Austin on 1 September. The pilot in Dallas cut delivery
            time from 26 hours to 5 hours. Repeat orders rose from 31% to 38% in 8 weeks.

            Cost
            Each order costs $4.10 to deliver, against $3.60 today. The extra $0.50 per order comes to $180,000 a year at
            current volume.

            Risks
            Drivers are the constraint. We have signed 40 of the 55 drivers we need. If we sign fewer than 50 by August, we
            will delay the launch by one month.

            Decision needed
            We ask you to approve the $180,000 budget by 15 July.
            """;

    @Nested
    class Counting {
        @Test
        void givenSymbolsAndCompounds_countsReaderWords() {
            assertThat(Words.count("PR/FAQ rose 3.5% \u2014 don't panic - ok")).isEqualTo(6);
            assertThat(analyze("One two three. Four five.").words()).isEqualTo(5);
        }

        @Test
        void givenHeadingsAndBullets_countsSentencesWithoutHeadings() {
            WritingReport r = analyze("Summary\nWe cut costs. Customers stayed.\n\n- faster payouts\n- fewer tickets\n");
            assertThat(r.sentences()).isEqualTo(4);
            assertThat(r.headings()).containsExactly("Summary");
            assertThat(r.bullets()).isEqualTo(2);
            assertThat(r.paragraphs()).isEqualTo(1);
        }

        @Test
        @DisplayName("numbers used count data, not bare years")
        void numbers() {
            assertThat(analyze("We saved $40,000 in 2023 across 3 teams and 12% of stores.").numbers()).isEqualTo(3);
        }
    }

    @Nested
    class LongSentences {
        @Test
        void givenASentenceOfThirtyOneWords_flagsIt_butNotOneOfThirty() {
            String thirty = "Alpha " + "word ".repeat(28) + "end.";
            String thirtyOne = "Beta " + "word ".repeat(29) + "end.";
            WritingReport r = analyze(thirty + " " + thirtyOne);
            assertThat(r.longSentences()).extracting(LongSentence::words).containsExactly(31);
            assertThat(r.longSentences().get(0).sentence()).isEqualTo(thirtyOne);
        }

        @Test
        void givenAListOfItemsWithoutFullStops_doesNotMergeThemIntoOneLongSentence() {
            String items = ("- a customer need that we heard in twelve interviews last spring\n").repeat(6);
            assertThat(analyze(items).longSentences()).isEmpty();
        }
    }

    @Nested
    class Weasels {
        @Test
        void givenAHedgeAndAVagueAmount_flagsEach_rewritingOnlyWhatNeedsNoNewData() {
            WritingReport r = analyze("Revenue grew significantly. We should launch. Many customers asked.");
            assertThat(r.weaselWords()).extracting(WordFinding::word).containsExactly("significantly", "should", "many");
            assertThat(r.weaselWords().get(0).rewrite()).isEmpty();
            assertThat(r.weaselWords().get(0).advice()).contains("with a number");
            assertThat(r.weaselWords().get(1).rewrite()).isEqualTo("We will launch.");
            assertThat(r.weaselWords().get(2).rewrite()).isEmpty();
            assertThat(r.weaselWords().get(2).sentence()).isEqualTo("Many customers asked.");
        }

        @Test
        void neverPutsAPlaceholderInsideTheWritersSentence() {
            WritingReport r = analyze("Leadership was happy. Many sellers left. It is probably fine. Checkout got faster. "
                    + "Costs fell nearly 10%. Support tickets dropped dramatically.");
            assertThat(r.weaselWords()).isNotEmpty();
            assertThat(r.adjectivesWithoutData()).isNotEmpty();
            java.util.stream.Stream.concat(r.weaselWords().stream(), r.adjectivesWithoutData().stream())
                    .forEach(f -> assertThat(f.rewrite()).as(f.word()).doesNotContain("[").doesNotContain("]"));
        }

        @Test
        void givenAModalInAPastSentence_keepsTheTense_insteadOfRewritingToWill() {
            WordFinding f = analyze("We agreed the pilot would start in March.").weaselWords().get(0);
            assertThat(f.word()).isEqualTo("would");
            assertThat(f.rewrite()).isEmpty();
            assertThat(analyze("It might work.").weaselWords().get(0).rewrite()).isEqualTo("It will work.");
        }

        @Test
        void givenAnOpinionOpener_dropsItAndCapitalizesTheRest() {
            WordFinding f = analyze("I think that customers want it.").weaselWords().get(0);
            assertThat(f.word()).isEqualTo("i think that");
            assertThat(f.rewrite()).isEqualTo("Customers want it.");
        }

        @Test
        void givenOrdinaryUsesOfListedWords_doesNotFlagThem() {
            WritingReport r = analyze("How many orders shipped in May 2025? We chose speed rather than price. "
                    + "The lift was statistically significant at 95%. She shows Are Right, A Lot in every review.");
            assertThat(r.weaselWords()).isEmpty();
        }

        @Test
        void givenUpTo_flagsAPromisedBestCase_butNotARule() {
            assertThat(analyze("Pages load up to 30% faster.").weaselWords()).extracting(WordFinding::word).containsExactly("up to");
            assertThat(analyze("You can pause up to 2 hours before the window.").weaselWords()).isEmpty();
        }

        @Test
        void givenMostAndAround_flagsVagueAmountsOnly() {
            assertThat(analyze("Most sellers cite fees. Refunds take around 9 days.").weaselWords()).extracting(WordFinding::word)
                    .containsExactly("most", "around");
            assertThat(analyze("The most important fix ships first, at most 5 days from now, most likely on Monday. "
                    + "Teams around the world use it. These are the customers we most want to keep.").weaselWords())
                    .extracting(WordFinding::word).containsExactly("most likely");
        }

        @Test
        void givenAWeaselInAHeadingLikeLine_stillFlagsIt() {
            assertThat(analyze("Significant wins\nWe cut refunds from 11 to 4 days.").weaselWords()).extracting(WordFinding::word)
                    .containsExactly("significant");
        }

        @Test
        void givenOverlappingPhrases_reportsTheLongestOnce() {
            assertThat(analyze("We saw a lot of returns.").weaselWords()).extracting(WordFinding::word).containsExactly("a lot of");
        }

        @Test
        void givenTheWeaselWordsFromTheStyleRules_flagsAllOfThem() {
            WritingReport r = analyze("Costs fell nearly 10%. It is arguably the best option. It might work. "
                    + "It would help. We are very sure. It is probably fine. Several teams agreed.");
            assertThat(r.weaselWords()).extracting(WordFinding::word)
                    .contains("nearly", "arguably", "might", "would", "very", "probably", "several");
        }
    }

    @Nested
    class Adjectives {
        @Test
        void givenAJudgementWithoutANumber_flagsIt_butNotWhenTheSentenceHasData() {
            WritingReport r = analyze("Checkout is faster now. Checkout is 2.1 seconds faster now.");
            assertThat(r.adjectivesWithoutData()).extracting(WordFinding::word).containsExactly("faster");
            assertThat(r.adjectivesWithoutData().get(0).sentence()).isEqualTo("Checkout is faster now.");
            assertThat(r.adjectivesWithoutData().get(0).rewrite()).isEmpty();
            assertThat(r.adjectivesWithoutData().get(0).advice()).contains("measurement");
        }
    }

    @Nested
    class Passive {
        @Test
        void givenBeAndAParticiple_countsPassiveSentences() {
            assertThat(analyze("The feature was launched by the team.").passiveSentences()).isEqualTo(1);
            assertThat(analyze("Carts are being abandoned at checkout.").passiveSentences()).isEqualTo(1);
            assertThat(analyze("The report was not written on time.").passiveSentences()).isEqualTo(1);
        }

        @Test
        void givenActiveVoiceOrAStateAdjective_countsNone() {
            assertThat(analyze("We launched the feature. I was excited. We were focused on churn. The need is real.")
                    .passiveSentences()).isZero();
        }
    }

    @Nested
    class Readability {
        @Test
        void givenKnownCounts_computesFleschKincaid() {
            // 5 words, 2 sentences, 7 syllables: 0.39 * 2.5 + 11.8 * 1.4 - 15.59 = 1.905
            assertThat(analyze("We cut costs. Customers stayed.").fkGrade()).isEqualTo(1.9);
        }

        @Test
        void givenLongerSentencesAndLongerWords_gradesHigher() {
            double easy = analyze("We cut costs. Sales rose. Teams met daily.").fkGrade();
            double hard = analyze("Organizational considerations necessitated comprehensive reevaluation of "
                    + "interdepartmental prioritization methodologies throughout the quarterly planning cycle.").fkGrade();
            assertThat(hard).isGreaterThan(easy + 10);
        }

        @Test
        void countsSyllablesByVowelGroups() {
            assertThat(Words.syllables("customer")).isEqualTo(3);
            assertThat(Words.syllables("abandoned")).isEqualTo(3);
            assertThat(Words.syllables("make")).isEqualTo(1);
            assertThat(Words.syllables("table")).isEqualTo(2);
            assertThat(Words.syllables("the")).isEqualTo(1);
            assertThat(Words.syllables("42%")).isEqualTo(1);
        }
    }

    @Nested
    class BottomLineFirst {
        @Test
        void givenARecommendationUpFront_isTrue() {
            assertThat(analyze("We recommend a pilot in Austin. Background follows.").bottomLineFirst()).isTrue();
            assertThat(analyze("Weekly sales fell 8% because a promotion ended. Here is the detail.").bottomLineFirst()).isTrue();
            assertThat(analyze("Summary\nThe pilot is on track.\n\nDetail\nMore text here.").bottomLineFirst()).isTrue();
        }

        @Test
        void givenALabelledSummaryOpening_isTrue() {
            assertThat(analyze("Executive summary: sellers are leaving. Background follows here.").bottomLineFirst()).isTrue();
            assertThat(analyze("Bottom line \u2014 we stop the pilot. More detail follows.").bottomLineFirst()).isTrue();
        }

        @Test
        void givenBackgroundFirst_isFalse() {
            assertThat(analyze("In 2019 I joined a small team. We worked on search. Later we recommend a pilot.")
                    .bottomLineFirst()).isFalse();
        }
    }

    @Nested
    class UndefinedAcronyms {
        @Test
        void givenAnAcronymNeverSpelledOut_reportsIt_pluralOnceAsSingular() {
            assertThat(analyze("We track KPIs weekly. The KPI owner is Sam.").undefinedAcronyms()).containsExactly("KPI");
        }

        @Test
        void givenTheUsualDefinitionShapes_reportsNothing() {
            assertThat(analyze("Key performance indicators (KPIs) are tracked weekly.").undefinedAcronyms()).isEmpty();
            assertThat(analyze("The WBR (weekly business review) is on Monday.").undefinedAcronyms()).isEmpty();
            assertThat(analyze("We use the WBR, our weekly business review, to steer.").undefinedAcronyms()).isEmpty();
            assertThat(analyze("Our CX (customer experience) scores rose.").undefinedAcronyms()).isEmpty();
            assertThat(analyze("The P&L (profit and loss) is healthy.").undefinedAcronyms()).isEmpty();
            assertThat(analyze("Our customer satisfaction (CSAT) score fell.").undefinedAcronyms()).isEmpty();
            assertThat(analyze("Growth is flat year over year (YoY).").undefinedAcronyms()).isEmpty();
        }

        @Test
        void givenWordsThatOnlyHappenToShareLetters_doesNotTakeThemForADefinition() {
            assertThat(analyze("We call the partner's risk API.").undefinedAcronyms()).containsExactly("API");
            assertThat(analyze("The SLA says 300 ms; p99 latency is 820 ms.").undefinedAcronyms()).containsExactly("SLA");
            assertThat(analyze("We send JavaScript Object Notation (JSON) files.").undefinedAcronyms()).isEmpty();
        }

        @Test
        void givenPrFaqWithoutItsExpansion_reportsTheCompoundOnce() {
            assertThat(analyze("We wrote a PR/FAQ. The PR went out.").undefinedAcronyms()).containsExactly("PR/FAQ");
            assertThat(analyze("We wrote a PR/FAQ (press release and frequently asked questions).").undefinedAcronyms()).isEmpty();
        }

        @Test
        void givenADefinitionInTheNextSentence_countsItAsNearby_butNotOneFarAway() {
            assertThat(analyze("We rely on the WBR. The weekly business review runs on Mondays.").undefinedAcronyms()).isEmpty();
            assertThat(analyze("We rely on the WBR. It runs on Mondays. Everyone attends. The weekly business review is long.")
                    .undefinedAcronyms()).containsExactly("WBR");
        }

        @Test
        void givenWellKnownWordsTimesNumeralsAndShouting_reportsNothing() {
            assertThat(analyze("We ran an A/B test in the U.S. and the UK with the CEO at 3 PM. Phase II starts. "
                    + "Q3 revenue beat plan. Do NOT ship.\n\nEXECUTIVE SUMMARY\nAll good.").undefinedAcronyms()).isEmpty();
        }

        @Test
        void givenPlacesInAddressesAndDatelines_reportsNothing() {
            assertThat(analyze("SEATTLE, WA \u2014 Today we launched in Austin, TX and Portland, OR.").undefinedAcronyms()).isEmpty();
        }

        @Test
        void givenTwoLetterAcronyms_acceptsOnlyADefinitionRightBesideThem() {
            assertThat(analyze("Our BI team checked it at the weekly business meeting.").undefinedAcronyms()).containsExactly("BI");
            assertThat(analyze("Our business intelligence (BI) team checked it.").undefinedAcronyms()).isEmpty();
            assertThat(analyze("Our BI (business intelligence) team checked it.").undefinedAcronyms()).isEmpty();
            assertThat(analyze("The UX, or user experience, got simpler.").undefinedAcronyms()).isEmpty();
            assertThat(analyze("Ship the PR per release plan.").undefinedAcronyms()).containsExactly("PR");
        }

        @Test
        void givenSeveralUndefined_reportsThemInOrderOfFirstUse() {
            assertThat(analyze("The GMV target needs SDE time. Our SDEs and the TPM agree on GMV.").undefinedAcronyms())
                    .containsExactly("GMV", "SDE", "TPM");
        }
    }

    @Nested
    class Verdict {
        @Test
        void givenACleanMemo_isReady() {
            WritingReport r = analyze(CLEAN_MEMO);
            assertThat(r.reasons()).containsExactly("Clear, direct and backed by data: nothing to fix.");
            assertThat(r.verdict()).isEqualTo(WritingVerdict.READY);
            assertThat(r.bottomLineFirst()).isTrue();
            assertThat(r.headings()).containsExactly("Summary", "Cost", "Risks", "Decision needed");
        }

        @Test
        void givenOneSmallProblem_isClose() {
            WritingReport r = analyze(CLEAN_MEMO.replace("Drivers are the constraint.", "Drivers are the constraint in the GMV plan."));
            assertThat(r.undefinedAcronyms()).containsExactly("GMV");
            assertThat(r.verdict()).isEqualTo(WritingVerdict.CLOSE);
        }

        @Test
        void givenAVagueMemoThatBuriesThePoint_needsAnotherDraft() {
            WritingReport r = analyze("Background. In 2019 our team was formed to look at many things in the store. Over time "
                    + "the team grew and took on search, browse and the detail page, and we learned a lot about how people "
                    + "shop. It seems that customers might possibly want a very different experience, and we should "
                    + "probably think about it. Several people have said so in meetings with the team this year.");
            assertThat(r.verdict()).isEqualTo(WritingVerdict.REWORK);
            assertThat(r.reasons()).anyMatch(s -> s.startsWith("The point comes late"));
        }

        @Test
        void givenATargetAndTooFewWords_saysShortButTheShortfallAloneDoesNotSendItBack() {
            WritingReport r = analyzer.analyze(CLEAN_MEMO, Optional.of(WritingTarget.pages(2, Optional.of(4.0))));
            assertThat(r.length()).isEqualTo("short");
            assertThat(r.verdict()).isNotEqualTo(WritingVerdict.REWORK);
            assertThat(r.reasons()).anyMatch(x -> x.startsWith("Short:"));
        }

        @Test
        void givenNoText_needsAnotherDraftAndSaysWhy() {
            WritingReport r = analyze("   ");
            assertThat(r.words()).isZero();
            assertThat(r.verdict()).isEqualTo(WritingVerdict.REWORK);
            assertThat(r.reasons()).containsExactly("There is no text to assess.");
        }
    }

    @Test
    void givenTheSameText_givesTheSameReport() {
        assertThat(analyze(CLEAN_MEMO + "\nMany teams should help.")).isEqualTo(analyze(CLEAN_MEMO + "\nMany teams should help."));
    }
}
