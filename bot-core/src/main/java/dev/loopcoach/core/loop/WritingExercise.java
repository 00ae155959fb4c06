package dev.loopcoach.core.loop;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.BlockBudget;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.Interviewer;
import dev.loopcoach.core.session.Round;
import dev.loopcoach.core.session.SessionKind;
import dev.loopcoach.core.session.SessionPlan;
import dev.loopcoach.core.session.SessionService;
import dev.loopcoach.core.writing.WritingTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /mockinterview writing [prompt]}: without a prompt, lists the prompts (the two classic Amazon ones first);
 * with one (its id, e.g. "wr-03", or its number in the list), starts a written exercise on it. The answer is drafted
 * over as many messages as needed and handed in with /done.
 */
public final class WritingExercise implements Coach.WritingStarter {
    private final QuestionBank bank;
    private final Clock clock;

    public WritingExercise(QuestionBank bank, Clock clock) {
        this.bank = bank;
        this.clock = clock;
    }

    /** The writing prompts, the classic ones first, then the rest in bank order. */
    public List<Question> prompts() {
        List<Question> all = bank.byCategory(Category.WRITING);
        List<Question> out = new ArrayList<>();
        for (String id : LoopPlanner.CLASSIC_PROMPTS) {
            all.stream().filter(q -> q.id().value().equals(id)).forEach(out::add);
        }
        all.stream().filter(q -> !out.contains(q)).forEach(out::add);
        return out;
    }

    @Override
    public Reply start(UserKey user, CoachCommand.StartWriting command, SessionService sessions) {
        List<Question> prompts = prompts();
        if (prompts.isEmpty()) {
            return Reply.error("There are no writing prompts in the question bank, so the written exercise is not available.");
        }
        if (command.promptId().isEmpty() || command.promptId().get().isBlank()) {
            // Platforms without a prompt option still get started: the first classic prompt, the others listed.
            return menu(prompts).then(begin(user, prompts.get(0), "the first classic prompt; to write another, "
                    + "/end this one and use /mockinterview writing <number>", sessions));
        }
        Optional<Question> chosen = find(prompts, command.promptId().get().strip());
        if (chosen.isEmpty()) {
            return Reply.error("I don't have a writing prompt called \"" + BlockBudget.shorten(command.promptId().get(), 40)
                    + "\". Pick one by number or id from the list:").then(menu(prompts));
        }
        return begin(user, chosen.get(), "you chose it", sessions);
    }

    private Reply begin(UserKey user, Question q, String reason, SessionService sessions) {
        WritingTarget target = WritingTarget.forPrompt(q);
        Round round = new Round("Writing exercise", new Interviewer("Loop Coach", "Reads your memo as a hiring team would",
                q.lps(), false), List.of(q.id()), List.of(reason), 0, target.minutes());
        SessionPlan plan = new SessionPlan(SessionKind.WRITING, Optional.of(Category.WRITING), level(q), Optional.empty(), List.of(round));
        return sessions.begin(user, plan, clock.now());
    }

    private static Optional<Question> find(List<Question> prompts, String key) {
        if (key.matches("\\d{1,2}")) {
            int n = Integer.parseInt(key);
            return n >= 1 && n <= prompts.size() ? Optional.of(prompts.get(n - 1)) : Optional.empty();
        }
        String k = key.toLowerCase(Locale.ROOT);
        return prompts.stream().filter(q -> q.id().value().equalsIgnoreCase(k)).findFirst();
    }

    private static Level level(Question q) {
        for (Level l : List.of(Level.SENIOR, Level.PM, Level.PRINCIPAL)) {
            if (q.fits(l)) {
                return l;
            }
        }
        return Level.SENIOR;
    }

    private Reply menu(List<Question> prompts) {
        List<String> classic = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            Question q = prompts.get(i);
            String line = (i + 1) + ". " + q.id().value() + ": " + BlockBudget.shorten(firstSentence(q.text()), 110)
                    + " (" + WritingTarget.forPrompt(q).description().replaceFirst(" \\(.*", "") + levels(q) + ")";
            (LoopPlanner.CLASSIC_PROMPTS.contains(q.id().value()) ? classic : ours).add(line);
        }
        return Reply.builder(Reply.Kind.INFO)
                .heading("The written exercise")
                .paragraph("Amazon asks PM candidates for a short memo between the phone screens and the loop, and the interviewers "
                        + "may probe it. Pick a prompt and write it as a memo: several messages are fine (or a text file where your "
                        + "chat allows it), then hand it in. You get feedback on length, long sentences, weasel words, passive voice, "
                        + "readability, bottom line first, structure, numbers and acronyms.")
                .bullets("The two classic prompts", BlockBudget.fit(classic, 200, BlockBudget.BLOCK_TEXT_MAX))
                .bullets("More prompts", BlockBudget.fit(ours, 200, BlockBudget.BLOCK_TEXT_MAX))
                .paragraph("Choose one with /mockinterview writing <number or id>, for example /mockinterview writing 2.")
                .build();
    }

    private static String levels(Question q) {
        if (q.levels().isEmpty() || q.levels().size() == Level.values().length) {
            return "";
        }
        return "; " + q.levels().stream().sorted().map(Level::key).collect(Collectors.joining(", "));
    }

    private static String firstSentence(String text) {
        String t = text.replaceFirst("^Writing exercise \\([^)]*\\):\\s*", "");
        int dot = t.indexOf(". ");
        return dot < 0 ? t : t.substring(0, dot + 1);
    }
}
