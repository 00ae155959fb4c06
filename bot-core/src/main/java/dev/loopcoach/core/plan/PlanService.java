package dev.loopcoach.core.plan;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.PracticeLog;
import dev.loopcoach.core.port.SessionStore;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.StoryStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.port.UserPrefsStore;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.session.SessionKind;
import dev.loopcoach.core.story.Story;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /plan <date> [level] [focus]} makes a prep plan to the interview date, {@code /plan} shows today's step and
 * progress, {@code /plan ics} gives it as a calendar file and {@code /plan off} stops it. Only the request is stored (with
 * the person's settings, so export and delete cover it); the days are rebuilt from the current standing each time.
 */
public final class PlanService {
    /** Plans further out than this are not day-by-day plans any more. */
    static final int MAX_DAYS = 180;
    /** Sessions looked at to see whether a full loop was finished since the plan started. */
    private static final int RECENT_SESSIONS = 50;

    private final UserPrefsStore prefs;
    private final PracticeLog practice;
    private final StoryStore stories;
    private final SessionStore sessions;
    private final QuestionBank bank;
    private final Clock clock;
    private final Level defaultLevel;
    private final java.util.function.ToIntFunction<UserKey> dueDrills;
    private final java.util.function.Function<UserKey, Optional<LeadershipPrinciple>> weekFocus;

    public PlanService(UserPrefsStore prefs, PracticeLog practice, StoryStore stories, SessionStore sessions, QuestionBank bank,
            Clock clock, Level defaultLevel) {
        this(prefs, practice, stories, sessions, bank, clock, defaultLevel, user -> 0);
    }

    /** @param dueDrills how many story drills are due for a person today (shown with today's step) */
    public PlanService(UserPrefsStore prefs, PracticeLog practice, StoryStore stories, SessionStore sessions, QuestionBank bank,
            Clock clock, Level defaultLevel, java.util.function.ToIntFunction<UserKey> dueDrills) {
        this(prefs, practice, stories, sessions, bank, clock, defaultLevel, dueDrills, user -> Optional.empty());
    }

    /** @param weekFocus the principle of the week of a study group the person shares their practice with, if any */
    public PlanService(UserPrefsStore prefs, PracticeLog practice, StoryStore stories, SessionStore sessions, QuestionBank bank,
            Clock clock, Level defaultLevel, java.util.function.ToIntFunction<UserKey> dueDrills,
            java.util.function.Function<UserKey, Optional<LeadershipPrinciple>> weekFocus) {
        this.weekFocus = weekFocus;
        this.dueDrills = dueDrills;
        this.prefs = prefs;
        this.practice = practice;
        this.stories = stories;
        this.sessions = sessions;
        this.bank = bank;
        this.clock = clock;
        this.defaultLevel = defaultLevel;
    }

    public Reply handle(UserKey user, String text) {
        String t = text == null ? "" : text.strip();
        String first = t.isEmpty() ? "" : t.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return switch (first) {
            case "" -> show(user);
            case "off", "stop", "cancel" -> off(user);
            case "ics", "calendar", "export" -> calendar(user);
            case "remind", "reminder" -> remind(user, t.substring(first.length()).strip());
            default -> start(user, t);
        };
    }

    private Reply start(UserKey user, String text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split("\\s+")));
        LocalDate date;
        try {
            date = LocalDate.parse(words.remove(0));
        } catch (DateTimeParseException e) {
            return Reply.error("I could not read \"" + text.split("\\s+")[0] + "\" as a date. Give the interview date as "
                    + "YYYY-MM-DD, then the level if you like: /plan 2027-02-15 senior");
        }
        UserPrefs p = prefs.get(user);
        LocalDate today = today(p);
        if (!date.isAfter(today)) {
            return Reply.error("That date is not in the future (today is " + today + " in " + p.zoneOrUtc().getId()
                    + "). Give the day of your interview: /plan YYYY-MM-DD [level].");
        }
        if (date.isAfter(today.plusDays(MAX_DAYS))) {
            return Reply.error("That is more than " + MAX_DAYS + " days away. Start a day-by-day plan within six months of "
                    + "the interview; until then, practise with /mockinterview and build your story bank with /stories.");
        }
        Level level = defaultLevel;
        if (!words.isEmpty()) {
            Optional<Level> parsed = Level.parse(words.get(0));
            if (parsed.isPresent()) {
                level = parsed.get();
                words.remove(0);
            }
        }
        // "... remind 08:30" at the end sets the daily reminder with the plan; otherwise a new date keeps the one asked for
        Optional<java.time.LocalTime> remindAt = p.plan().flatMap(PlanRequest::remindAt);
        int remind = words.indexOf("remind");
        if (remind >= 0 && remind == words.size() - 2) {
            Optional<java.time.LocalTime> at = PlanReminders.parseTime(words.get(remind + 1));
            if (at.isEmpty()) {
                return Reply.error("I could not read \"" + words.get(remind + 1) + "\" as a time. Give it as HH:MM in 24 "
                        + "hours, for example /plan " + date + " remind 08:30.");
            }
            remindAt = at;
            words = new ArrayList<>(words.subList(0, remind));
        }
        Optional<String> focus = words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
        PlanRequest request = new PlanRequest(date, level, focus, today, remindAt);
        prefs.put(user, p.withPlan(Optional.of(request)));
        return view(user, request, today, p.zoneOrUtc(), true);
    }

    private Reply show(UserKey user) {
        UserPrefs p = prefs.get(user);
        if (p.plan().isEmpty()) {
            return Reply.info("You have no prep plan yet. Tell me your interview date and I will plan every day up to it: "
                    + "/plan YYYY-MM-DD [level] [role focus], for example /plan 2027-02-15 senior payments.");
        }
        LocalDate today = today(p);
        PlanRequest request = p.plan().get();
        if (!request.interviewDate().isAfter(today)) {
            return Reply.info("Your interview date (" + request.interviewDate() + ") has come. I hope it went well! Start a new "
                    + "plan with /plan YYYY-MM-DD, or stop this one with /plan off.");
        }
        return view(user, request, today, p.zoneOrUtc(), false);
    }

    private Reply off(UserKey user) {
        UserPrefs p = prefs.get(user);
        if (p.plan().isEmpty()) {
            return Reply.info("You have no prep plan to stop.");
        }
        prefs.put(user, p.withPlan(Optional.empty()));
        return Reply.info("Your prep plan is stopped. Your practice, stories and progress are all kept; start a new plan any "
                + "time with /plan YYYY-MM-DD.");
    }

    /** "remind 08:30" sets the daily direct message of today's step; "remind off" stops it. */
    private Reply remind(UserKey user, String arg) {
        UserPrefs p = prefs.get(user);
        if (p.plan().isEmpty()) {
            return Reply.error("Start a plan first, then choose the time of its daily reminder: /plan YYYY-MM-DD [level], "
                    + "then /plan remind 08:30.");
        }
        PlanRequest request = p.plan().get();
        String a = arg.toLowerCase(Locale.ROOT);
        if (a.equals("off") || a.equals("stop") || a.equals("none")) {
            prefs.put(user, p.withPlan(Optional.of(request.withRemindAt(Optional.empty()))));
            return Reply.info("No more daily reminders. Your plan goes on; see today's step any time with /plan.");
        }
        Optional<java.time.LocalTime> at = PlanReminders.parseTime(a);
        if (at.isEmpty()) {
            return Reply.error("I could not read \"" + arg + "\" as a time. Give it as HH:MM in 24 hours, for example "
                    + "/plan remind 08:30, or stop reminders with /plan remind off.");
        }
        prefs.put(user, p.withPlan(Optional.of(request.withRemindAt(at))));
        String where = user.platform().equals("console")
                ? " Reminders arrive as direct messages on Slack and Discord; here on the console, /plan shows today's step."
                : "";
        return Reply.info("Every day at " + at.get() + " (" + p.zoneOrUtc().getId() + ") I will send you today's step of "
                + "your plan and any story drills that are due, until " + request.interviewDate() + "." + where
                + " Change the time with /plan remind HH:MM, stop with /plan remind off."
                + (p.zone().isEmpty() ? " Your time zone is not set, so this is UTC: set it with /timezone." : ""));
    }

    private Reply calendar(UserKey user) {
        UserPrefs p = prefs.get(user);
        if (p.plan().isEmpty()) {
            return Reply.error("You have no prep plan to export yet. Start one with /plan YYYY-MM-DD [level].");
        }
        PlanRequest request = p.plan().get();
        LocalDate today = today(p);
        List<PlanDay> days = PlanBuilder.build(request, today, standing(user, request, p.zoneOrUtc()));
        String ics = PlanCalendar.ics(days, request, "plan-" + Integer.toHexString(user.hashCode()), clock.now());
        return Reply.builder(Reply.Kind.INFO)
                .paragraph("Your plan as a calendar file: " + days.size() + " days plus the interview day. Import it into any "
                        + "calendar; importing a newer one updates the same days.")
                .block(new dev.loopcoach.core.reply.Block.Attachment("loop-coach-plan.ics", PlanCalendar.MEDIA_TYPE,
                        ics.getBytes(java.nio.charset.StandardCharsets.UTF_8), days.size() + " plan days to " + request.interviewDate()))
                .build();
    }

    private Reply view(UserKey user, PlanRequest request, LocalDate today, ZoneId zone, boolean fresh) {
        List<PracticeEntry> entries = practice.entries(user);
        List<PlanDay> days = PlanBuilder.build(request, today, standing(user, request, zone, entries));
        int practised = practisedDays(entries, request.startedOn(), today, zone);
        int elapsed = (int) java.time.temporal.ChronoUnit.DAYS.between(request.startedOn(), today);
        Reply plan = PlanView.of(request, days, today, fresh, practised, elapsed, dueDrills.applyAsInt(user));
        List<dev.loopcoach.core.reply.Block> blocks = new ArrayList<>(plan.blocks());
        blocks.add(new dev.loopcoach.core.reply.Block.Paragraph(request.remindAt()
                .map(t -> "Daily reminder: " + t + " your time (/plan remind off stops it).")
                .orElse("Want today's step in your direct messages every day? /plan remind 08:30")));
        return new Reply(plan.kind(), blocks, plan.actions());
    }

    /** Today's day of the person's plan, when they have one that has not reached its interview date. */
    public Optional<PlanDay> today(UserKey user) {
        UserPrefs p = prefs.get(user);
        if (p.plan().isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = today(p);
        PlanRequest request = p.plan().get();
        if (!request.interviewDate().isAfter(today)) {
            return Optional.empty();
        }
        return PlanBuilder.build(request, today, standing(user, request, p.zoneOrUtc())).stream()
                .filter(d -> d.date().equals(today)).findFirst();
    }

    /** Distinct days with a practised answer since the plan started, before today (today is still open). */
    private static int practisedDays(List<PracticeEntry> entries, LocalDate from, LocalDate today, ZoneId zone) {
        Set<LocalDate> seen = new HashSet<>();
        for (PracticeEntry e : entries) {
            LocalDate d = e.at().atZone(zone).toLocalDate();
            if (!d.isBefore(from) && d.isBefore(today) && !e.skipped()) {
                seen.add(d);
            }
        }
        return seen.size();
    }

    private Standing standing(UserKey user, PlanRequest request, ZoneId zone) {
        return standing(user, request, zone, practice.entries(user));
    }

    private Standing standing(UserKey user, PlanRequest request, ZoneId zone, List<PracticeEntry> entries) {
        Map<LeadershipPrinciple, double[]> sums = new EnumMap<>(LeadershipPrinciple.class);
        boolean writing = false;
        for (PracticeEntry e : entries) {
            for (Map.Entry<LeadershipPrinciple, Vote> v : e.votes().entrySet()) {
                double[] s = sums.computeIfAbsent(v.getKey(), k -> new double[2]);
                s[0] += v.getValue().score();
                s[1]++;
            }
            writing |= e.category() == Category.WRITING && !e.skipped()
                    && !e.at().atZone(zone).toLocalDate().isBefore(request.startedOn());
        }
        Map<LeadershipPrinciple, Double> averages = new EnumMap<>(LeadershipPrinciple.class);
        sums.forEach((lp, s) -> averages.put(lp, s[0] / s[1]));
        Map<LeadershipPrinciple, Integer> counts = new EnumMap<>(LeadershipPrinciple.class);
        for (Story s : stories.list(user)) {
            for (LeadershipPrinciple lp : s.lps()) {
                counts.merge(lp, 1, Integer::sum);
            }
        }
        boolean loop = false;
        for (StoredSession s : sessions.recent(user, RECENT_SESSIONS)) {
            loop |= s.session().plan().kind() == SessionKind.LOOP && s.session().finished()
                    && !s.session().startedAt().atZone(zone).toLocalDate().isBefore(request.startedOn());
        }
        return new Standing(averages, counts, mostProbed(request.level()), writing, loop, weekFocus.apply(user));
    }

    /** The principles the bank's behavioral questions for the level target most often, most first. */
    List<LeadershipPrinciple> mostProbed(Level level) {
        Map<LeadershipPrinciple, Integer> n = new HashMap<>();
        for (Question q : bank.all()) {
            if (q.category() == Category.BEHAVIORAL && q.fits(level)) {
                q.primaryLp().ifPresent(lp -> n.merge(lp, 1, Integer::sum));
            }
        }
        List<LeadershipPrinciple> out = new ArrayList<>(n.keySet());
        out.sort((a, b) -> n.get(b) - n.get(a) != 0 ? n.get(b) - n.get(a) : a.compareTo(b));
        return out;
    }

    private LocalDate today(UserPrefs p) {
        return clock.now().atZone(p.zoneOrUtc()).toLocalDate();
    }
}
