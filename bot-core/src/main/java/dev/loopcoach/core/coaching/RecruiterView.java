package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.reply.Block;
import java.util.ArrayList;
import java.util.List;

/** The feedback on a recruiter-screen answer: the findings, and the chat blocks rendered from exactly those findings. */
record RecruiterView(List<Finding> findings, List<Block> blocks) {

    static RecruiterView of(AnswerAnalysis a, RecruiterRubric.Reading r, List<String> tips) {
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.of("verdict", r.vote().label() + ": " + r.headline()));
        List<String> heard = new ArrayList<>();
        r.shown().forEach((p, q) -> {
            String label = CaseView.capitalize(p.label());
            heard.add(label + ": \u201c" + q + "\u201d");
            findings.add(new Finding("recruiter-shown", label + ".", List.of(q)));
        });
        List<String> missing = new ArrayList<>();
        for (RecruiterRubric.Part p : r.missing()) {
            missing.add(CaseView.capitalize(p.label()));
            findings.add(Finding.of("recruiter-missing", "Not yet in the answer: " + p.label() + "."));
        }
        if (!r.lengthNote().isEmpty()) {
            findings.add(Finding.of("length-note", r.lengthNote()));
        }
        tips.forEach(t -> findings.add(Finding.of("tip", t)));

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading("Recruiter feedback (screen question)"));
        blocks.add(new Block.Paragraph(FeedbackView.fit(r.vote().label() + ": " + r.headline())));
        blocks.add(new Block.Fields(List.of(
                new Block.Field("Overall", r.vote().label()),
                new Block.Field("Length", a.words() + " words, about " + a.length().spokenTime() + " spoken (target 0:30-1:30)"))));
        if (!heard.isEmpty()) {
            blocks.add(FeedbackView.bullets("What the recruiter heard", heard));
        }
        if (!missing.isEmpty()) {
            blocks.add(FeedbackView.bullets("Not yet in the answer", missing));
        }
        if (!r.lengthNote().isEmpty()) {
            blocks.add(new Block.Paragraph(r.lengthNote()));
        }
        blocks.add(FeedbackView.bullets("Tips", tips));
        return new RecruiterView(List.copyOf(findings), List.copyOf(blocks));
    }
}
