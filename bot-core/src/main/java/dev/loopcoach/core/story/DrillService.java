package dev.loopcoach.core.story;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.AnswerCoach;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.StoryStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drills of the candidate's own stories: every saved story x principle is a card on spaced intervals. {@code /drill}
 * shows the card due first: a recall card asks which story fits a bank question on the principle (the story matrix is
 * the answer key); a delivery card asks for the story told for the principle in 90 seconds, judged by the same
 * pipeline as any answer and compared with the saved story (numbers or "I" that went missing). {@code /drill <answer>}
 * answers it, and the card moves: good a step up the ladder, fair the same interval again, missed back to one day.
 */
public final class DrillService {
    /** 90 seconds spoken at about 150 words a minute. */
    static final int DELIVERY_WORDS = 225;
    /** Words over which a delivery is "over time" (a little slack over 90 seconds). */
    static final int OVER_TIME_WORDS = 260;
    private static final Pattern NUMBER = Pattern.compile("[$£€]?\\d[\\d,.]*\\s?(%|percent|k\\b|m\\b|million|billion|x\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> I_WORDS = Set.of("i", "i'm", "i've", "i'd", "me", "my", "myself");
    private static final Set<String> WE_WORDS = Set.of("we", "we're", "we've", "we'd", "us", "our", "ourselves");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final StoryStore stories;
    private final QuestionBank bank;
    private final AnswerCoach coach;
    private final Clock clock;
    private final Function<UserKey, ZoneId> zones;
    private final Level level;

    public DrillService(StoryStore stories, QuestionBank bank, AnswerCoach coach, Clock clock, Function<UserKey, ZoneId> zones,
            Level level) {
        this.stories = stories;
        this.bank = bank;
        this.coach = coach;
        this.clock = clock;
        this.zones = zones;
        this.level = level;
    }

    public Reply handle(UserKey user, String text) {
        String t = text == null ? "" : text.strip();
        if (t.toLowerCase(Locale.ROOT).startsWith("answer ")) {
            t = t.substring("answer ".length()).strip();
        }
        return t.isEmpty() ? next(user) : answer(user, t);
    }

    /** Every card of the person's stories, with its state (a card never drilled is due the day after its story). */
    public List<DrillCard> cards(UserKey user) {
        return cards(user, stories.list(user));
    }

    private List<DrillCard> cards(UserKey user, List<Story> saved) {
        Map<String, DrillState> states = stories.drills(user);
        ZoneId zone = zones.apply(user);
        List<DrillCard> out = new ArrayList<>();
        for (Story s : saved) {
            for (LeadershipPrinciple lp : s.lps()) {
                DrillState state = states.getOrDefault(DrillCard.key(s.id(), lp),
                        DrillSchedule.first(s.createdAt().atZone(zone).toLocalDate()));
                out.add(new DrillCard(s, lp, state));
            }
        }
        out.sort(Comparator.comparing((DrillCard c) -> c.state().dueOn()).thenComparingLong(c -> c.story().id())
                .thenComparing(DrillCard::lp));
        return out;
    }

    public List<DrillCard> due(UserKey user) {
        return due(cards(user), today(user));
    }

    private static List<DrillCard> due(List<DrillCard> cards, LocalDate today) {
        return cards.stream().filter(c -> !c.state().dueOn().isAfter(today)).toList();
    }

    private Reply next(UserKey user) {
        List<Story> saved = stories.list(user);
        List<DrillCard> all = cards(user, saved);
        if (all.isEmpty()) {
            return Reply.info("Drills practise your own stories, so they start once you have some: add one with "
                    + "/story add <title> | <story>, save your last answer with /story save <title>, or paste resume "
                    + "bullets with /story bullets.");
        }
        List<DrillCard> due = due(all, today(user));
        if (due.isEmpty()) {
            DrillCard soonest = all.get(0);
            return Reply.info("No drill is due today. The next one is on " + DAY.format(soonest.state().dueOn()) + ": \""
                    + soonest.story().title() + "\" for " + soonest.lp().displayName() + ".");
        }
        DrillCard card = due.get(0);
        Reply.Builder b = Reply.builder(Reply.Kind.INFO);
        String more = due.size() > 1 ? " (" + due.size() + " drills due; this is the first)" : "";
        if (card.kind() == DrillCard.Kind.RECALL) {
            b.heading("Drill: which of your stories fits this question?" + more)
                    .quote(question(card).text())
                    .bullets("Your stories", numbered(saved))
                    .paragraph("Answer with /drill and the story's number or title.");
        } else {
            b.heading("Drill: tell \"" + card.story().title() + "\" for " + card.lp().displayName() + " in 90 seconds" + more)
                    .paragraph("About " + DELIVERY_WORDS + " words, out loud if you can, then type it: situation, what you did, "
                            + "the result with its number. Answer with /drill and your telling.");
        }
        return b.build();
    }

    private Reply answer(UserKey user, String text) {
        List<Story> saved = stories.list(user);
        LocalDate today = today(user);
        List<DrillCard> due = due(cards(user, saved), today);
        if (due.isEmpty()) {
            return Reply.info("No drill is due right now, so there is nothing to answer. /drill shows when the next one is.");
        }
        DrillCard card = due.get(0);
        Reply.Builder b = Reply.builder(Reply.Kind.FEEDBACK);
        DrillGrade grade = card.kind() == DrillCard.Kind.RECALL ? recall(saved, card, text, b) : delivery(card, text, b);
        DrillState next = DrillSchedule.after(card.state(), grade, today);
        stories.saveDrill(user, card.story().id(), card.lp(), next);
        b.paragraph("Next drill of \"" + card.story().title() + "\" for " + card.lp().displayName() + ": in "
                + DrillSchedule.intervalDays(next.step()) + (next.step() == 0 ? " day" : " days") + ", on " + DAY.format(next.dueOn())
                + "." + (due.size() > 1 ? " " + (due.size() - 1) + " more due now: /drill." : ""));
        return b.build();
    }

    /** The named story (by its number in the list or words of its title) is right when it shows the card's principle. */
    private DrillGrade recall(List<Story> all, DrillCard card, String text, Reply.Builder b) {
        Optional<Story> named = named(all, text);
        List<String> fits = all.stream().filter(s -> s.lps().contains(card.lp())).map(Story::title).toList();
        if (named.isPresent() && named.get().lps().contains(card.lp())) {
            b.heading("Right: \"" + named.get().title() + "\" shows " + card.lp().displayName() + ".");
            if (fits.size() > 1) {
                b.paragraph("Also in your bank for it: " + String.join(", ", fits.stream().filter(f -> !f.equals(named.get().title())).toList()) + ".");
            }
            return DrillGrade.GOOD;
        }
        b.heading(named.map(s -> "\"" + s.title() + "\" is not one of your " + card.lp().displayName() + " stories.")
                .orElse("I could not tell which of your stories you meant."));
        b.paragraph("From your story matrix, the ones that fit: " + String.join(", ", fits) + ". This card comes back tomorrow.");
        return DrillGrade.MISSED;
    }

    private DrillGrade delivery(DrillCard card, String text, Reply.Builder b) {
        Coaching c = coach.coach(question(card), level, text, List.of());
        Vote vote = c.votes().getOrDefault(card.lp(), c.overall());
        List<String> lostNumbers = new ArrayList<>(numbers(card.story().text()));
        lostNumbers.removeAll(numbers(text));
        boolean lostI = mostlyI(card.story().text()) && !mostlyI(text);
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        b.heading(card.lp().displayName() + ": " + vote.label());
        List<String> notes = new ArrayList<>();
        if (!lostNumbers.isEmpty()) {
            notes.add("Numbers from your saved story that went missing: " + String.join(", ", lostNumbers.stream().limit(4).toList()) + ".");
        }
        if (lostI) {
            notes.add("The \"I\" went missing: the saved story says what you did; this telling says \"we\".");
        }
        if (words > OVER_TIME_WORDS) {
            notes.add(words + " words is about " + (words * 60 / 150) + " seconds spoken: over the 90 seconds.");
        }
        if (notes.isEmpty()) {
            notes.add("Numbers and \"I\" intact, and within 90 seconds.");
        }
        b.bullets("Compared with your saved story", notes);
        c.tips().stream().limit(1).forEach(t -> b.paragraph("Tip: " + t));
        if (vote == Vote.STRONGLY_NOT_INCLINED) {
            return DrillGrade.MISSED;
        }
        return vote.positive() && lostNumbers.isEmpty() && !lostI && words <= OVER_TIME_WORDS ? DrillGrade.GOOD : DrillGrade.FAIR;
    }

    /** A behavioral bank question on the card's principle, the same one for the same card. */
    private Question question(DrillCard card) {
        List<Question> on = bank.byPrimaryLp(card.lp()).stream().filter(q -> q.category() == Category.BEHAVIORAL).toList();
        if (on.isEmpty()) {
            on = bank.byPrimaryLp(card.lp());
        }
        return on.get(Math.floorMod(card.key().hashCode(), on.size()));
    }

    private static Optional<Story> named(List<Story> all, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("^[#\"']+|[\"'.]+$", "");
        if (t.matches("\\d{1,3}")) {
            int n = Integer.parseInt(t);
            return n >= 1 && n <= all.size() ? Optional.of(all.get(n - 1)) : Optional.empty();
        }
        Story best = null;
        int bestShared = 0;
        Set<String> said = Set.of(t.split("[^a-z0-9]+"));
        for (Story s : all) {
            if (s.title().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(s);
            }
            int shared = 0;
            for (String w : s.title().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                shared += w.length() > 2 && said.contains(w) ? 1 : 0;
            }
            if (shared > bestShared) {
                best = s;
                bestShared = shared;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> numbered(List<Story> all) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            out.add((i + 1) + ". " + all.get(i).title());
        }
        return out;
    }

    static List<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group().strip().toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
            if (!n.matches("(19|20)\\d\\d")) { // a year places the story; it is not one of its numbers
                out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean mostlyI(String text) {
        int i = 0;
        int we = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            i += I_WORDS.contains(w) ? 1 : 0;
            we += WE_WORDS.contains(w) ? 1 : 0;
        }
        return i > we;
    }

    private LocalDate today(UserKey user) {
        return clock.now().atZone(zones.apply(user)).toLocalDate();
    }
}
