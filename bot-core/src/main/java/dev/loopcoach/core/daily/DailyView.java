package dev.loopcoach.core.daily;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Platform-neutral text of the daily feature: the posted question and the answers to admin commands. */
public final class DailyView {
    public static final String MUTE_WORD = "mute";
    public static final String UNMUTE_WORD = "unmute";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private DailyView() {
    }

    /** The channel message: a question card and how to take part. No buttons: people answer in the thread. */
    public static Reply post(Question q, LocalDate localDate) {
        List<String> tags = new ArrayList<>();
        q.lps().stream().map(LeadershipPrinciple::displayName).forEach(tags::add);
        tags.add(q.category().label());
        String how = q.category() == Category.BEHAVIORAL
                ? "Reply in this thread with one real story in STAR form (Situation, Task, Action, Result), about 2 minutes, "
                        + "saying \"I\" for what you did and ending with a result you can measure."
                : q.category() == Category.RECRUITER_SCREEN
                ? "Reply in this thread the way you would answer a recruiter: 30 to 90 seconds, specific, why you want it "
                        + "and how your record fits the role."
                : "Reply in this thread with your answer, structured the way you would say it in the interview.";
        return Reply.builder(Reply.Kind.QUESTION)
                .heading("Daily question for " + DAY.format(localDate))
                .block(new Block.QuestionCard(q.id().value(), "Daily question", q.text(), tags))
                .paragraph(how + " I'll coach you in the thread: feedback and a follow-up question.")
                .paragraph("Don't want coaching on your replies? Reply \"" + MUTE_WORD + "\" in a daily thread.")
                .build();
    }

    public static String when(ZonedDateTime at) {
        return WHEN.format(at);
    }

    public static Reply scheduleSet(DailySchedule schedule, ZonedDateTime next) {
        return Reply.info("Daily question set for " + schedule.describe() + ". Next post: " + when(next) + ".");
    }

    public static Reply describe(DailySettings settings, ZonedDateTime next, int posted) {
        String count = posted == 0 ? "No question posted here yet." : posted + (posted == 1 ? " question" : " questions") + " posted here so far.";
        return Reply.info("Daily questions here: " + settings.schedule().describe() + ". Next post: " + when(next) + ". " + count);
    }

    public static Reply off() {
        return Reply.info("Daily questions are off in this channel. Earlier posts and their threads stay; "
                + "turn them on again with " + DailyScheduleParser.EXAMPLE + ".");
    }

    public static Reply alreadyOff() {
        return Reply.info("Daily questions were not on in this channel, so nothing changed.");
    }

    public static Reply notSet() {
        return Reply.info("Daily questions are off in this channel. Turn them on with, for example, " + DailyScheduleParser.EXAMPLE
                + " (time, IANA time zone, days, and optionally a category or one principle).");
    }

    public static Reply postedNow(Question q, boolean coversToday, ZonedDateTime next) {
        String what = "Posted: \"" + shorten(q.text()) + "\".";
        String rest = coversToday
                ? " It counts as today's question, so the next scheduled one goes out " + when(next) + "."
                : " Next scheduled post: " + when(next) + ".";
        return Reply.info(what + rest);
    }

    public static Reply postedNowUnscheduled(Question q) {
        return Reply.info("Posted: \"" + shorten(q.text()) + "\". Daily questions are not scheduled here; set them up with "
                + DailyScheduleParser.EXAMPLE + ".");
    }

    public static Reply alreadyPostedToday() {
        return Reply.info("Today's question and one extra are already posted in this channel, so I won't post another one today. "
                + "Scroll up to join the threads.");
    }

    public static Reply postRefused(String reason) {
        return Reply.error("I couldn't post in this channel (" + reason + "). Make sure I'm a member of the channel and allowed to "
                + "post and create threads there, then try again.");
    }

    public static Reply postUnknown() {
        return Reply.error("Posting the question failed on the platform's side. It may or may not have appeared; "
                + "I won't send it again today to avoid a duplicate.");
    }

    public static Reply noQuestion(Rotation rotation) {
        return Reply.error("The question bank has no questions for \"" + rotation.describe() + "\". Pick another topic, "
                + "or leave it out to rotate through all 16 principles.");
    }

    private static String shorten(String text) {
        return text.length() <= 140 ? text : text.substring(0, 139) + "\u2026";
    }
}
