package dev.loopcoach.core.story;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Difficulty;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.AnswerCoach;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.PrincipleTagger;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.SessionStore;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.StoryStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The story bank: add a story (analysed and tagged with the principles it shows), save the latest answer
 * as a story, and the story x principle matrix against the usual goal of two stories per principle.
 */
public final class StoryService {
    public static final int STORIES_PER_LP_GOAL = 2;
    private static final int TITLE_MAX = 100;
    private static final int TEXT_MAX = 20_000;

    private final StoryStore stories;
    private final SessionStore sessions;
    private final AnswerCoach coach;
    private final PrincipleTagger tagger;
    private final Clock clock;

    public StoryService(StoryStore stories, SessionStore sessions, AnswerCoach coach, PrincipleTagger tagger, Clock clock) {
        this.stories = stories;
        this.sessions = sessions;
        this.coach = coach;
        this.tagger = tagger;
        this.clock = clock;
    }

    public Reply add(UserKey user, String title, String text) {
        String t = title == null ? "" : title.strip();
        String body = text == null ? "" : text.strip();
        if (t.isEmpty() || body.isEmpty()) {
            return Reply.error("A story needs a title and the story itself.");
        }
        if (t.length() > TITLE_MAX) {
            return Reply.error("Please keep the title under " + TITLE_MAX + " characters (it was " + t.length() + ").");
        }
        if (body.length() > TEXT_MAX) {
            return Reply.error("That story is " + body.length() + " characters; the limit is " + TEXT_MAX + ". Trim it and send it again.");
        }
        List<LeadershipPrinciple> lps = tagger.strongest(body, 3);
        Story saved = stories.add(user, t, body, lps, clock.now());
        Question asQuestion = new Question(new QuestionId("story"), "Tell me about " + t + ".", Category.BEHAVIORAL, lps,
                Set.of(Level.values()), Difficulty.MEDIUM, List.of(), List.of());
        Coaching c = coach.coach(asQuestion, body, List.of());
        return Reply.builder(Reply.Kind.FEEDBACK)
                .heading("Story saved: " + saved.title())
                .paragraph("It shows most strongly: " + names(lps) + ". Use it for questions on those principles.")
                .blocks(c.feedback())
                .paragraph("See all your stories against the 16 principles with /stories.")
                .build();
    }

    /**
     * Turns pasted resume bullets into STAR drafts in the story bank, tagged with their likely principles, each flagged
     * for what an interviewer would probe first (no number, "we").
     */
    public Reply draftsFromBullets(UserKey user, String pasted) {
        List<BulletDrafts.Draft> drafts = BulletDrafts.from(pasted == null ? "" : pasted);
        if (drafts.isEmpty()) {
            return Reply.error("I found no bullets to turn into stories. Paste resume bullets, one per line (a leading "
                    + "- or • is fine), each saying what you did.");
        }
        List<String> lines = new ArrayList<>();
        for (BulletDrafts.Draft d : drafts) {
            List<LeadershipPrinciple> lps = tagger.strongest(d.bullet(), 2);
            String title = "Draft: " + d.title();
            stories.add(user, title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title, d.skeleton(), lps, clock.now());
            List<String> flags = new ArrayList<>();
            if (!d.hasNumber()) {
                flags.add("no number");
            }
            if (d.saysWe()) {
                flags.add("\"we\": say what you did");
            }
            lines.add(d.title() + " (" + names(lps) + ")" + (flags.isEmpty() ? "" : ": " + String.join(", ", flags)));
        }
        return Reply.builder(Reply.Kind.INFO)
                .heading(drafts.size() + (drafts.size() == 1 ? " story draft" : " story drafts") + " saved")
                .bullets("From your bullets, with their likely principles", lines)
                .paragraph("Each draft keeps your bullet as the Action and asks for the situation, what was yours to do and "
                        + "the measured result. Fill them in, then practise telling them: they show in your story bank.")
                .build();
    }

    /** Saves the user's most recent answered main question as a story. */
    public Reply saveLatestAnswer(UserKey user, String title) {
        Optional<Turn> latest = sessions.recent(user, 5).stream()
                .map(StoredSession::session)
                .flatMap(s -> s.transcript().stream())
                .filter(turn -> turn.kind() == Turn.Kind.QUESTION && turn.answered())
                .max((a, b) -> a.at().compareTo(b.at()));
        if (latest.isEmpty()) {
            return Reply.error("You have no answer to save yet. Answer a question in /mockinterview first, or add a story with /story add.");
        }
        return add(user, title, latest.get().answer());
    }

    public Reply matrix(UserKey user) {
        List<Story> all = stories.list(user);
        Reply.Builder b = Reply.builder(Reply.Kind.INFO).heading("Your story bank (" + all.size() + (all.size() == 1 ? " story)" : " stories)"));
        if (all.isEmpty()) {
            b.paragraph("No stories yet. Candidates usually prepare 10-15 stories that together cover all 16 principles, "
                    + "two per principle. Add one with /story add <title> | <story>, or save your latest answer with /story save <title>.");
        } else {
            List<String> storyLines = new ArrayList<>();
            for (Story s : all) {
                storyLines.add(s.title() + ": " + names(s.lps()));
            }
            b.bullets("Stories and the principles they show", storyLines);
        }
        List<String> matrix = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            List<String> titles = all.stream().filter(s -> s.lps().contains(lp)).map(Story::title).toList();
            String mark = titles.size() >= STORIES_PER_LP_GOAL ? "covered" : "gap: " + (STORIES_PER_LP_GOAL - titles.size()) + " more";
            matrix.add(lp.displayName() + ": " + titles.size() + " (" + mark + ")" + (titles.isEmpty() ? "" : " " + String.join(", ", titles)));
            if (titles.size() < STORIES_PER_LP_GOAL) {
                gaps.add(lp.displayName());
            }
        }
        b.bullets("Story x principle matrix (goal: " + STORIES_PER_LP_GOAL + " per principle)", matrix);
        if (!gaps.isEmpty()) {
            b.paragraph(gaps.size() + " principles still need stories. Start with: " + String.join(", ", gaps.subList(0, Math.min(3, gaps.size()))) + ".");
        }
        return b.build();
    }

    private static String names(List<LeadershipPrinciple> lps) {
        return lps.isEmpty() ? "no clear principle yet (add what you did and the result)"
                : String.join(", ", lps.stream().map(LeadershipPrinciple::displayName).toList());
    }
}
