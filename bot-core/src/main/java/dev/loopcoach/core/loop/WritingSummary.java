package dev.loopcoach.core.loop;

import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.BlockBudget;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionSummarizer;
import dev.loopcoach.core.session.Turn;
import dev.loopcoach.core.writing.Words;
import dev.loopcoach.core.writing.WritingAnalyzer;
import dev.loopcoach.core.writing.WritingReport;
import dev.loopcoach.core.writing.WritingTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The end of a written exercise ({@link dev.loopcoach.core.session.SessionKind#WRITING}): the verdict in short and
 * what to fix first. The detailed feedback came just before, when the memo was handed in.
 */
public final class WritingSummary implements SessionSummarizer {
    private final QuestionBank bank;
    private final WritingAnalyzer analyzer = new WritingAnalyzer();

    public WritingSummary(QuestionBank bank) {
        this.bank = bank;
    }

    @Override
    public Reply summarize(InterviewSession s) {
        Reply.Builder b = Reply.builder(Reply.Kind.SUMMARY).heading("Written exercise: summary");
        Optional<Turn> handedIn = s.transcript().stream().filter(t -> t.kind() == Turn.Kind.QUESTION && t.answered()).findFirst();
        if (handedIn.isEmpty()) {
            int kept = s.transcript().stream().filter(t -> t.kind() == Turn.Kind.SKIPPED).mapToInt(t -> Words.count(t.answer()))
                    .max().orElse(0);
            b.paragraph("No memo was handed in, so there is nothing to review"
                    + (kept > 0 ? "; your " + kept + "-word draft is kept in your transcript (/mydata export)." : ".")
                    + " Start again with /mockinterview writing when you are ready.");
            return b.actions(Action.NEW_INTERVIEW).build();
        }
        Turn t = handedIn.get();
        Optional<Question> prompt = bank.find(t.questionId());
        WritingReport r = analyzer.analyze(t.answer(), prompt.map(WritingTarget::forPrompt));
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field("Prompt", t.questionId().value()));
        fields.add(new Block.Field("Verdict", r.verdict().label()));
        fields.add(new Block.Field("Words", r.words() + r.target().map(x -> " (target " + x.words() + ", at most " + x.max() + ")").orElse("")));
        b.fields(fields);
        b.bullets("Fix first", BlockBudget.fit(r.reasons().stream().limit(3).toList(), 300, BlockBudget.BLOCK_TEXT_MAX));
        b.paragraph("Rewrite it and hand it in again with /mockinterview writing " + t.questionId().value()
                + ", try another prompt with /mockinterview writing, or rehearse the whole process with /mockinterview loop.");
        return b.actions(Action.NEW_INTERVIEW).build();
    }
}
