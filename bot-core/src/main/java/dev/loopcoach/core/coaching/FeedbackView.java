package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.LanguageIssue;
import dev.loopcoach.core.analysis.LengthFinding;
import dev.loopcoach.core.analysis.OwnershipFinding;
import dev.loopcoach.core.analysis.StarPart;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.verdict.LpVote;
import dev.loopcoach.core.verdict.StarSkeleton;
import dev.loopcoach.core.verdict.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders coaching as platform-neutral blocks, short enough for chat: every block's text stays within
 * {@value #MAX_BLOCK_CHARS} characters and quotes of the answer go in {@link Block.Quote} blocks.
 */
public final class FeedbackView {
    public static final int MAX_BLOCK_CHARS = 1000;
    private static final int MAX_ITEM_CHARS = 320;
    private static final int MAX_GAPS = 4;
    private static final String NEEDS_STORY = "An interviewer needs one real situation you were in, told as: the context, "
            + "your goal, what you did, and the result in numbers. About two minutes, mostly about your own steps.";

    private FeedbackView() {
    }

    /** Feedback on a main answer. */
    public static List<Block> answer(AnswerAnalysis a, Verdict v, List<String> tips, List<StarSkeleton.Line> skeleton) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading("Bar Raiser feedback"));
        out.add(new Block.Paragraph(fit(v.judgeable() ? v.headline() : v.overall().label() + ": " + v.headline())));
        if (v.judgeable()) {
            out.add(fields(a, v));
            evidence(out, v);
            List<String> gaps = gaps(a, v);
            if (!gaps.isEmpty()) {
                out.add(bullets("What is missing", gaps));
            }
        } else {
            out.add(new Block.Paragraph(fit(NEEDS_STORY)));
            if (!a.ownership().hypothetical().isEmpty()) {
                out.add(new Block.Quote(a.ownership().hypothetical().get(0)));
            }
        }
        out.add(bullets("Rewrite tips", tips));
        List<String> lines = new ArrayList<>();
        for (StarSkeleton.Line l : skeleton) {
            lines.add(l.render());
        }
        out.add(bullets("Your STAR skeleton", lines));
        return List.copyOf(out);
    }

    /**
     * Every statement {@link #answer} shows, as findings with the quotes each rests on: the headline, the vote per
     * principle, the STAR parts, the result in numbers, ownership, length, the gaps, the wording, the tips and the
     * skeleton.
     */
    public static List<Finding> answerFindings(AnswerAnalysis a, Verdict v, List<String> tips, List<StarSkeleton.Line> skeleton) {
        List<Finding> out = new ArrayList<>();
        out.add(Finding.of("verdict", v.judgeable() ? v.headline() : v.overall().label() + ": " + v.headline()));
        for (LpVote lv : v.votes()) {
            out.add(new Finding("vote", lv.lp().displayName() + ": " + lv.vote().label(), lv.evidence()));
        }
        if (v.judgeable()) {
            out.add(Finding.of("star", "STAR: " + star(a)));
            out.add(new Finding("result-in-numbers", "Result in numbers: " + resultInNumbers(a), a.impact().evidence()));
            out.add(Finding.of("ownership", "Ownership: " + ownership(a)));
            out.add(Finding.of("length", "Length: " + length(a)));
            for (String g : gaps(a, v)) {
                out.add(Finding.of("gap", g));
            }
        } else {
            out.add(Finding.of("needs-story", NEEDS_STORY));
        }
        if (!v.judgeable() && !a.ownership().hypothetical().isEmpty()) {
            out.add(new Finding("hypothetical", "It describes what you would do, not what you did.",
                    List.of(a.ownership().hypothetical().get(0))));
        }
        tips.forEach(t -> out.add(Finding.of("tip", t)));
        for (StarSkeleton.Line l : skeleton) {
            out.add(Finding.of("skeleton", l.render()));
        }
        return List.copyOf(out);
    }

    /** Feedback on a reply to a follow-up probe: whether it answered what the probe asked, and why. */
    public static List<Block> followUp(ProbeReading r) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading("Follow-up feedback"));
        out.add(new Block.Paragraph(fit(r.vote().label() + ": " + r.reason() + " The probe asked for " + r.probe().intent().asksFor() + ".")));
        for (String q : r.evidence()) {
            out.add(new Block.Quote(q));
        }
        out.add(bullets("Tip", List.of(r.tip())));
        return List.copyOf(out);
    }

    private static String resultInNumbers(AnswerAnalysis a) {
        return a.impact().quantified()
                ? "yes (" + String.join(", ", a.impact().cited(3)) + ")"
                : a.star().has(StarPart.RESULT) ? "no number in the result" : "no result";
    }

    private static String ownership(AnswerAnalysis a) {
        OwnershipFinding o = a.ownership();
        if (o.iSteps() + o.weSteps() > 0) {
            return "\"" + o.ownership().label() + "\" (" + o.iSteps() + (o.iSteps() == 1 ? " step" : " steps") + " told with \"I\", "
                    + o.weSteps() + " with \"we\")";
        }
        return "\"" + o.ownership().label() + "\" (" + o.iWords() + " I-words, " + o.weWords() + " we-words)";
    }

    private static String length(AnswerAnalysis a) {
        LengthFinding len = a.length();
        String band = switch (len.band()) {
            case TOO_SHORT -> "too short";
            case GOOD -> "good";
            case TOO_LONG -> "too long";
        };
        return len.words() + " words, about " + len.spokenTime() + " spoken (target about 2:00): " + band;
    }

    private static Block fields(AnswerAnalysis a, Verdict v) {
        List<Block.Field> f = new ArrayList<>();
        for (LpVote lv : v.votes()) {
            f.add(new Block.Field(lv.lp().displayName(), lv.vote().label()));
        }
        if (v.votes().size() != 1) {
            f.add(new Block.Field("Overall", v.overall().label()));
        }
        f.add(new Block.Field("STAR", star(a)));
        f.add(new Block.Field("Result in numbers", resultInNumbers(a)));
        f.add(new Block.Field("Ownership", ownership(a)));
        f.add(new Block.Field("Length", length(a)));
        return new Block.Fields(f);
    }

    private static String star(AnswerAnalysis a) {
        List<String> have = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (StarPart p : StarPart.values()) {
            (a.star().has(p) ? have : missing).add(p.label());
        }
        if (missing.isEmpty()) {
            return "all four parts";
        }
        return (have.isEmpty() ? "none" : String.join(", ", have)) + "; missing " + String.join(", ", missing);
    }

    private static void evidence(List<Block> out, Verdict v) {
        for (LpVote lv : v.votes()) {
            if (!lv.evidence().isEmpty()) {
                out.add(new Block.Paragraph("What the interviewer heard for " + lv.lp().displayName() + ":"));
                for (String q : lv.evidence()) {
                    out.add(new Block.Quote(q));
                }
                return;
            }
        }
    }

    private static List<String> gaps(AnswerAnalysis a, Verdict v) {
        Set<String> gaps = new LinkedHashSet<>();
        for (LpVote lv : v.votes()) {
            gaps.addAll(lv.gaps());
        }
        List<String> out = new ArrayList<>();
        for (String g : gaps) {
            if (out.size() < MAX_GAPS) {
                out.add(g);
            }
        }
        List<String> words = new ArrayList<>();
        for (LanguageIssue i : a.language().issues()) {
            String w = "\"" + i.phrase() + "\"";
            if (!words.contains(w) && words.size() < 4) {
                words.add(w);
            }
        }
        if (!words.isEmpty()) {
            out.add("Filler, hedges or weasel words: " + String.join(", ", words) + ".");
        }
        return out;
    }

    static Block.Bullets bullets(String title, List<String> items) {
        List<String> kept = new ArrayList<>();
        int total = title.length();
        for (String item : items) {
            String i = fit(item, MAX_ITEM_CHARS);
            if (total + i.length() + 1 > MAX_BLOCK_CHARS) {
                break;
            }
            kept.add(i);
            total += i.length() + 1;
        }
        return new Block.Bullets(title, kept);
    }

    static String fit(String s) {
        return fit(s, MAX_BLOCK_CHARS);
    }

    static String fit(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = max - 1;
        while (cut > max / 2 && s.charAt(cut) != ' ') {
            cut--;
        }
        if (Character.isLowSurrogate(s.charAt(cut)) && cut > 0) {
            cut--;
        }
        return s.substring(0, cut).stripTrailing() + "\u2026";
    }
}
