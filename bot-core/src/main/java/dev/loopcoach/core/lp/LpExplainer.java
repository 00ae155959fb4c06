package dev.loopcoach.core.lp;

import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.reply.BlockBudget;
import dev.loopcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /lp [name]}: one principle explained in our words with sample questions, or the list of all 16. */
public final class LpExplainer {
    private final PrincipleGuides guides;
    private final QuestionBank bank;

    public LpExplainer(PrincipleGuides guides, QuestionBank bank) {
        this.guides = guides;
        this.bank = bank;
    }

    public Reply explain(Optional<String> name) {
        if (name.isEmpty() || name.get().isBlank()) {
            return overview();
        }
        Optional<LeadershipPrinciple> lp = LeadershipPrinciple.parse(name.get());
        if (lp.isEmpty()) {
            return Reply.error("I don't know a Leadership Principle called \"" + shorten(name.get()) + "\". "
                    + "Try a few words of its name, e.g. /lp dive deep or /lp backbone, or /lp for the list of all 16.");
        }
        return explain(lp.get());
    }

    public Reply explain(LeadershipPrinciple lp) {
        PrincipleGuide g = guides.of(lp);
        List<String> samples = bank.byPrimaryLp(lp).stream().limit(3).map(Question::text).toList();
        return Reply.builder(Reply.Kind.INFO)
                .heading(lp.displayName())
                .paragraph(g.meaning())
                .bullets("What interviewers listen for", g.listenFor())
                .bullets("Red flags", g.redFlags())
                .bullets("Follow-ups to expect", g.deepDives())
                .bullets("Sample questions", samples)
                .paragraph("Practise it: /mockinterview behavioral " + lp.slug().replace('-', ' '))
                .build();
    }

    private Reply overview() {
        List<String> lines = new ArrayList<>();
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            lines.add(lp.displayName() + ": " + firstSentence(guides.of(lp).meaning()));
        }
        Reply.Builder b = Reply.builder(Reply.Kind.INFO).heading("Amazon's 16 Leadership Principles");
        // Several lists, each within one block's budget, so every platform shows it without cutting.
        List<String> chunk = new ArrayList<>();
        int size = 0;
        for (String line : lines) {
            if (size + line.length() + 3 > BlockBudget.BLOCK_TEXT_MAX && !chunk.isEmpty()) {
                b.bullets("", chunk);
                chunk = new ArrayList<>();
                size = 0;
            }
            chunk.add(BlockBudget.shorten(line, BlockBudget.BLOCK_TEXT_MAX - 3));
            size += line.length() + 3;
        }
        b.bullets("", chunk);
        return b.paragraph("Use /lp <name> for what interviewers probe, red flags and sample questions.").build();
    }

    private static String firstSentence(String text) {
        int dot = text.indexOf(". ");
        return dot < 0 ? text : text.substring(0, dot + 1);
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 60) + "\u2026" : t;
    }
}
