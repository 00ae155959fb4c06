package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.reply.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The feedback on a case answer: the findings, and the chat blocks rendered from exactly those findings. */
record CaseView(List<Finding> findings, List<Block> blocks) {

    static CaseView of(AnswerAnalysis a, CaseRubric.Reading r, List<String> tips) {
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.of("verdict", r.vote().label() + ": " + r.headline()));
        List<String> heard = new ArrayList<>();
        r.covered().forEach((d, q) -> {
            String label = capitalize(d.label());
            heard.add(label + ": \u201c" + q + "\u201d");
            findings.add(new Finding("case-covered", label + ".", List.of(q)));
        });
        List<String> namedOnly = new ArrayList<>();
        for (CaseRubric.Dimension d : r.named()) {
            String text = "Mentions " + d.name().toLowerCase(Locale.ROOT) + " only in general words, with nothing specific to this case.";
            namedOnly.add(text);
            findings.add(Finding.of("case-named-only", text));
        }
        if (r.contentFree()) {
            findings.add(Finding.of("case-content-free", "It names the parts of a case answer but says nothing specific: "
                    + "no particular customer, reason, metric or trade-off. Repeated words and lists score nothing."));
        }
        List<String> missing = new ArrayList<>();
        for (CaseRubric.Dimension d : r.missing()) {
            if (r.named().contains(d)) {
                continue; // already said: named without substance
            }
            missing.add(capitalize(d.label()));
            findings.add(Finding.of("case-missing", "Not yet in the answer: " + d.label() + "."));
        }
        tips.forEach(t -> findings.add(Finding.of("tip", t)));

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading("Interviewer feedback (case question)"));
        blocks.add(new Block.Paragraph(FeedbackView.fit(r.vote().label() + ": " + r.headline())));
        blocks.add(new Block.Fields(List.of(
                new Block.Field("Overall", r.vote().label()),
                new Block.Field("Covered with content", r.covered().size() + " of " + CaseRubric.Dimension.values().length),
                new Block.Field("Length", a.words() + " words, about " + a.length().spokenTime() + " spoken"))));
        if (!heard.isEmpty()) {
            blocks.add(FeedbackView.bullets("What the interviewer heard", heard));
        }
        if (r.contentFree()) {
            blocks.add(new Block.Paragraph(findings.stream().filter(f -> f.code().equals("case-content-free")).findFirst()
                    .orElseThrow().text()));
        }
        if (!namedOnly.isEmpty()) {
            blocks.add(FeedbackView.bullets("Named without substance", namedOnly));
        }
        if (!missing.isEmpty()) {
            blocks.add(FeedbackView.bullets("Not yet in the answer", missing));
        }
        blocks.add(FeedbackView.bullets("Tips", tips));
        return new CaseView(List.copyOf(findings), List.copyOf(blocks));
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
