package dev.loopcoach.core.coaching;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a follow-up reply stays with the story it follows (rubric section 3: shared actors, product, metric or
 * time). A reply that moves to another job, team or project, or shares nothing at all with the story, does not
 * answer a probe about that story, however good its numbers are.
 */
final class SameStory {
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)\\b("
            + "(at|in|on|from|with) (my|a|an|the) (previous|last|former|old|prior|earlier|other|another|different|separate|next|first|second) "
            + "(job|company|companies|employer|role|team|startup|project|product|gig|org|organi[sz]ation|position|client|place|workplace)"
            + "|(another|a different|a separate|an unrelated|some other) (job|company|employer|role|team|startup|project|product|story|"
            + "situation|launch|initiative|client|org|business unit)"
            + "|(before|prior to) (that|this) (job|role|company)"
            + "|(unrelated|different) (example|story)"
            + "|in a previous (life|job|role)"
            + "|(a|one) (few|couple of) (years|jobs) (earlier|before|ago)"
            + ")\\b");
    /**
     * "at the retailer", "on the instant payouts project", "my time at the bank": where a reply's facts come from. An
     * employer noun counts only after "at" ("in the agency" is usually the story's own customer).
     */
    private static final Pattern CONTEXT = Pattern.compile("(?i)\\b(?:(?:at|from|with|in|on|for) (?:the|my|a|an|our)|my time at(?: the)?) "
            + "((?:[a-z][a-z'-]+ ){0,3}?)(project|program|programme|initiative|relaunch|launch|job)\\b(?!')"
            + "|\\b(?:at|my time at) (?:the|my|a|an) ((?:[a-z][a-z'-]+ ){0,2}?)(company|retailer|bank|startup|employer|agency|"
            + "firm|marketplace|insurer|airline|telco|consultancy)\\b(?!')");
    /** "At Cardinal, where I work now": a named employer or product the story never mentioned. */
    private static final Pattern NAMED_PLACE = Pattern.compile("\\b(?:[Aa]t|[Ff]rom my time at|[Ww]hen I was at) ([A-Z][A-Za-z&-]{2,})\\b");
    private static final java.util.Set<String> NOT_PLACES = java.util.Set.of("The", "That", "This", "First", "Last", "Least",
            "Most", "Some", "Every", "Each", "One", "Our", "My", "Which", "What", "Night", "Noon", "Midnight", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Launch", "Scale", "Times", "Work", "Home");
    private static final Pattern EXAMPLE_ELSEWHERE = Pattern.compile("(?i)\\b((the )?(clearest|best|biggest|largest|closest) "
            + "(example|case|thing|project|program) (i can (give|share|think of)|i('ve| have) (run|led|done|worked on))"
            + "|(the|that is the|that's the|this is the) (kind of )?(scale|scope|level) (i'm|i am|i've been) used to"
            + "|(scale|level|scope) i (operate|work) at)");
    private static final java.util.Set<String> GENERIC_CONTEXT = Terms.stems("same this that first previous last current other "
            + "another different new big large small whole entire company project program programme job team");
    private static final java.util.Set<String> EMPLOYERS = Terms.stems("retailer bank startup employer agency firm marketplace "
            + "insurer airline telco consultancy");
    private static final int MIN_WORDS_FOR_NO_OVERLAP = 20;

    private SameStory() {
    }

    /**
     * @param story the main answer the probe followed (empty when unknown: then only explicit moves are caught)
     * @return why the reply is about something else, or empty when it stays with the story
     */
    static Optional<String> elsewhere(String story, String reply) {
        Matcher m = ELSEWHERE.matcher(reply == null ? "" : reply);
        if (m.find() && !mentionedIn(story, m.group())) {
            return Optional.of("it moves to another story (\u201c" + m.group() + "\u201d) instead of the one you told");
        }
        Matcher e = EXAMPLE_ELSEWHERE.matcher(reply == null ? "" : reply);
        if (e.find()) {
            return Optional.of("it reaches for another example (\u201c" + e.group() + "\u201d) instead of the story you told");
        }
        if (story == null || story.isBlank()) {
            return Optional.empty();
        }
        Set<String> storyTerms = Terms.of(story);
        Matcher p = NAMED_PLACE.matcher(reply);
        while (p.find()) {
            String place = p.group(1);
            if (!NOT_PLACES.contains(place) && !story.contains(place)) {
                return Optional.of("its facts come from somewhere else (\u201c" + p.group().strip() + "\u201d), not from the story you told");
            }
        }
        Matcher c = CONTEXT.matcher(reply);
        while (c.find()) {
            boolean employer = c.group(4) != null;
            Set<String> names = new java.util.LinkedHashSet<>(Terms.of(employer ? c.group(3) : c.group(1)));
            Set<String> noun = Terms.of(employer ? c.group(4) : c.group(2));
            noun.retainAll(EMPLOYERS);
            names.addAll(noun);
            names.removeAll(GENERIC_CONTEXT);
            if (!names.isEmpty() && Terms.overlap(names, storyTerms) == 0) {
                return Optional.of("its facts come from somewhere else (\u201c" + c.group().strip() + "\u201d), not from the story you told");
            }
        }
        Set<String> replyTerms = Terms.of(reply);
        if (replyTerms.size() >= 6 && reply.split("\\s+").length >= MIN_WORDS_FOR_NO_OVERLAP
                && Terms.overlap(replyTerms, storyTerms) == 0) {
            return Optional.of("it shares no person, product, metric or time with the story you told");
        }
        return Optional.empty();
    }

    /** "At my previous job" is not a move when the story itself was told about that previous job. */
    private static boolean mentionedIn(String story, String phrase) {
        return story != null && !story.isBlank() && story.toLowerCase(java.util.Locale.ROOT).contains(phrase.toLowerCase(java.util.Locale.ROOT));
    }
}
