package dev.loopcoach.core.loop;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.BlockBudget;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.Interviewer;
import dev.loopcoach.core.writing.WritingView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the debrief: the decision, each interviewer's vote with what they assessed and quotes from the
 * answers, the written exercise, the Bar Raiser's summary and the three improvements. At most 18 blocks for a
 * loop of two screens, the memo and five interviews, so it fits one message even after an answer's feedback.
 */
public final class DebriefView {
    private DebriefView() {
    }

    public static Reply render(LoopAssessment a) {
        Reply.Builder b = Reply.builder(Reply.Kind.SUMMARY)
                .heading("Loop debrief: " + a.bar().level().label())
                .fields(summaryFields(a));
        if (!a.completed()) {
            b.paragraph("You ended the loop before the last question: " + (a.asked() - a.answered()) + " of " + a.asked()
                    + " questions have no answer, and each counts as no evidence.");
        }
        // The phone screens share one paragraph and one quote block, so the whole debrief stays within 20 blocks.
        List<RoundAssessment> screens = a.screens();
        if (!screens.isEmpty()) {
            int each = (BlockBudget.BLOCK_TEXT_MAX - 2 * screens.size()) / screens.size();
            b.paragraph(String.join("\n\n", screens.stream().map(r -> BlockBudget.shorten(roundLine(r, 1), each)).toList()));
            List<String> quotes = screens.stream().filter(r -> !r.quotes().isEmpty()).map(r -> r.quotes().get(0)).toList();
            if (!quotes.isEmpty()) {
                b.block(quoteBlock(quotes));
            }
        }
        for (RoundAssessment r : a.rounds()) {
            if (r.stage() == LoopStage.WRITING) {
                b.paragraph(writingLine(a));
            } else if (r.stage() == LoopStage.ONSITE) {
                b.paragraph(roundLine(r, r.quotes().size()));
                if (!r.quotes().isEmpty()) {
                    b.block(quoteBlock(r.quotes()));
                }
            }
        }
        b.paragraph(a.barRaiserSummary());
        b.bullets("The three changes that would most change this outcome",
                BlockBudget.fit(a.improvements(), 320, BlockBudget.BLOCK_TEXT_MAX - 60));
        return b.actions(Action.NEW_INTERVIEW).build();
    }

    /** The candidate's words, one quote per paragraph, as many as fit one block. */
    private static Block.Quote quoteBlock(List<String> quotes) {
        StringBuilder sb = new StringBuilder();
        for (String q : quotes) {
            String next = sb.length() == 0 ? q : "\n\n" + q;
            if (sb.length() + next.length() <= BlockBudget.BLOCK_TEXT_MAX) {
                sb.append(next);
            }
        }
        return new Block.Quote(sb.toString());
    }

    private static List<Block.Field> summaryFields(LoopAssessment a) {
        Decision d = a.decision();
        List<Block.Field> f = new ArrayList<>();
        f.add(new Block.Field("Decision", (d.hire() ? "Hire" : "No Hire") + (d.vetoed() ? " (Bar Raiser veto)" : "")));
        f.add(new Block.Field("Why", BlockBudget.shorten(d.reason(), 300)));
        Map<HiringVote, Long> votes = new EnumMap<>(HiringVote.class);
        votes.putAll(a.onsite().stream().collect(Collectors.groupingBy(RoundAssessment::vote, Collectors.counting())));
        f.add(new Block.Field("On-site votes", votes.isEmpty() ? "none" : votes.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(" \u00b7 "))));
        f.add(new Block.Field("Bar at " + a.bar().level().label(), d.needed() + " of " + d.onsiteInterviews()
                + " on-site Hire votes, including the Bar Raiser's"));
        f.add(new Block.Field("Questions answered", a.answered() + " of " + a.asked()));
        return f;
    }

    static String roundLine(RoundAssessment r, int quotesShown) {
        Interviewer who = r.round().interviewer();
        StringBuilder sb = new StringBuilder();
        sb.append(r.round().name()).append(" with ").append(who.name()).append(" (").append(who.role()).append(")");
        if (!who.lps().isEmpty()) {
            sb.append(", owning ").append(who.lps().stream().map(LeadershipPrinciple::displayName).collect(Collectors.joining(" \u00b7 ")));
        }
        sb.append(": ").append(r.vote().label()).append(r.noEvidence() ? " (no answers to judge)" : "").append(". ");
        List<String> parts = new ArrayList<>();
        for (Signal x : r.signals()) {
            String score = !x.assessed() ? "not answered" : !x.evidence() ? "too thin to judge"
                    : String.format(Locale.ROOT, "%.1f/4", x.score());
            parts.add(x.name() + " " + score + (x.gap().isEmpty() || !x.evidence() ? "" : " (" + x.gap() + ")"));
        }
        sb.append(String.join(" \u00b7 ", parts)).append('.');
        List<String> quoted = r.quotedFor().subList(0, Math.min(quotesShown, r.quotedFor().size()));
        if (!quoted.isEmpty()) {
            sb.append(" Quoted below: ").append(String.join(", then ", quoted)).append('.');
        }
        return BlockBudget.shorten(sb.toString(), BlockBudget.BLOCK_TEXT_MAX);
    }

    private static String writingLine(LoopAssessment a) {
        return a.writing().map(w -> {
            if (!w.submitted()) {
                return "Written exercise (" + w.promptId() + "): not handed in"
                        + (w.draftWords() > 0 ? "; your " + w.draftWords() + "-word draft is kept in the transcript." : ".");
            }
            return BlockBudget.shorten("Written exercise (" + w.promptId() + "): " + w.report().map(WritingView::oneLine).orElse(""),
                    BlockBudget.BLOCK_TEXT_MAX);
        }).orElse("Written exercise: not part of this loop.");
    }
}
