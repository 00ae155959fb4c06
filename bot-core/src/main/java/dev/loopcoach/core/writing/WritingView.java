package dev.loopcoach.core.writing;

import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.BlockBudget;
import dev.loopcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a writing report as platform-neutral reply blocks, each within {@link BlockBudget}. */
public final class WritingView {
    private static final int LIST_MAX = 950;

    private WritingView() {
    }

    public static Reply feedback(WritingReport r) {
        Reply.Builder b = Reply.builder(Reply.Kind.FEEDBACK)
                .heading("Writing feedback: " + r.verdict().label())
                .fields(fields(r))
                .bullets("Why", BlockBudget.fit(r.reasons(), 300, LIST_MAX));
        if (r.words() == 0) {
            return b.build();
        }
        b.bullets("Weasel words, with a suggested rewrite", BlockBudget.fit(findings(r.weaselWords()), 260, LIST_MAX));
        b.bullets("Adjectives without data", BlockBudget.fit(findings(r.adjectivesWithoutData()), 220, LIST_MAX));
        b.bullets("Sentences over " + WritingAnalyzer.LONG_SENTENCE_WORDS + " words: split them",
                BlockBudget.fit(r.longSentences().stream().map(s -> "(" + s.words() + " words) " + s.sentence()).toList(), 220, LIST_MAX));
        if (r.passiveSentences() > 0) {
            b.bullets("Passive voice: say who did what", BlockBudget.fit(r.passiveExamples(), 200, LIST_MAX));
        }
        if (!r.undefinedAcronyms().isEmpty()) {
            b.paragraph(BlockBudget.shorten("Define at first use: " + String.join(", ", r.undefinedAcronyms())
                    + ". Spell it out once with the short form in brackets, e.g. \"weekly business review (WBR)\".", 1000));
        }
        if (!r.bottomLineFirst()) {
            b.paragraph("Bottom line first: your opening sentences should tell a busy reader what you recommend, what you "
                    + "need from them or what happened, with the number. Background can follow.");
        }
        return b.build();
    }

    /** One line for summaries: verdict, words against target, and the counts that matter most. */
    public static String oneLine(WritingReport r) {
        return r.verdict().label() + ": " + words(r) + "; " + r.longSentences().size() + " long sentences, "
                + r.weaselWords().size() + " weasel words, " + r.undefinedAcronyms().size() + " undefined acronyms"
                + (r.bottomLineFirst() ? "; bottom line first" : "; bottom line buried");
    }

    private static List<Block.Field> fields(WritingReport r) {
        List<Block.Field> f = new ArrayList<>();
        f.add(new Block.Field("Words", words(r)));
        f.add(new Block.Field("Sentences", r.sentences() + String.format(Locale.ROOT, " (average %.1f words)", r.averageSentenceWords())));
        f.add(new Block.Field("Over " + WritingAnalyzer.LONG_SENTENCE_WORDS + " words", String.valueOf(r.longSentences().size())));
        f.add(new Block.Field("Weasel words", String.valueOf(r.weaselWords().size())));
        f.add(new Block.Field("Adjectives without data", String.valueOf(r.adjectivesWithoutData().size())));
        f.add(new Block.Field("Passive sentences", String.valueOf(r.passiveSentences())));
        f.add(new Block.Field("Reading grade (Flesch-Kincaid)", String.format(Locale.ROOT, "%.1f", r.fkGrade())));
        f.add(new Block.Field("Bottom line first", r.bottomLineFirst() ? "yes" : "no"));
        f.add(new Block.Field("Structure", r.headings().size() + " headings, " + r.paragraphs() + " paragraphs, "
                + r.bullets() + " list items"));
        f.add(new Block.Field("Numbers used", String.valueOf(r.numbers())));
        f.add(new Block.Field("Undefined acronyms", r.undefinedAcronyms().isEmpty() ? "none"
                : BlockBudget.shorten(String.join(", ", r.undefinedAcronyms()), 200)));
        return f;
    }

    private static String words(WritingReport r) {
        String n = String.format(Locale.ROOT, "%,d", r.words());
        return r.target().map(t -> n + " of " + t.description() + switch (t.judge(r.words())) {
            case "short" -> ": too short";
            case "long" -> ": too long";
            default -> ": on target";
        }).orElse(n);
    }

    private static List<String> findings(List<WordFinding> list) {
        return list.stream().map(f -> "\"" + f.word() + "\": " + f.advice() + (f.rewrite().isEmpty() ? "" : " Try: " + f.rewrite())).toList();
    }
}
