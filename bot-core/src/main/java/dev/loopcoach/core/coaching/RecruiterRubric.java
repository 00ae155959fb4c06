package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.ParsedText;
import dev.loopcoach.core.analysis.Relevance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a recruiter reads a screen answer ("why Amazon?", "why this role?", "tell me about yourself", a short launch
 * summary): short (30-90 seconds spoken), specific, motivated, and linking the candidate's record to the role and
 * to the Leadership Principles. Not a story: no STAR parts, no call for 250-300 words.
 */
public final class RecruiterRubric {

    /** One thing a strong screen answer does, how it is recognised, and what to ask or advise when it is missing. */
    public enum Part {
        SPECIFIC("is specific (names, numbers, products)",
                "Which one product, team or result would you point the recruiter to first?",
                "Name one concrete thing: a product you shipped, a number you moved, a team you led."),
        MOTIVATION("says why, in your own terms",
                "What specifically draws you to this role, beyond the company's name?",
                "Say in one sentence what draws you, and make it about the work or the customers, not perks."),
        RECORD("draws on your own record",
                "Which part of your own experience makes you ready for this role?",
                "Tie it to one thing you did: \"I led…\", \"I shipped…\", with a result."),
        ROLE_LINK("links you to this role or team",
                "How does your experience fit what this team does?",
                "Connect your record to this team's customers or problems in one sentence."),
        PRINCIPLES("connects to the Leadership Principles",
                "Which Leadership Principle do you live most, and where did it show?",
                "Name one Leadership Principle your record shows, with the moment it showed.");

        private final String label;
        private final String probe;
        private final String tip;

        Part(String label, String probe, String tip) {
            this.label = label;
            this.probe = probe;
            this.tip = tip;
        }

        public String label() {
            return label;
        }

        public String probe() {
            return probe;
        }

        public String tip() {
            return tip;
        }
    }

    public record Reading(Map<Part, String> shown, List<Part> missing, Vote vote, String headline, String lengthNote) {
    }

    /** 30 to 90 seconds at about 140 words a minute, with some slack on either side. */
    static final int SHORT_WORDS = 50;
    static final int FULL_WORDS = 70;
    static final int LONG_WORDS = 260;
    static final int RAMBLING_WORDS = 425;

    private static final Pattern MOTIVATION = Pattern.compile("(?i)\\b(because|excit\\w*|drawn|draws|passion\\w*|love|enjoy\\w*|"
            + "want to|i'd like to|would like to|motivat\\w*|inspir\\w*|fascinat\\w*|care about|appeal\\w*|attract\\w*|why i|"
            + "the reason|energi[sz]\\w*|curious|keen|eager|hooked|what i like|looking for|thrill\\w*|mission|meaningful|matters to me)\\b");
    private static final Pattern RECORD = Pattern.compile("(?i)\\b(my (best|biggest|last|first|proudest) (launch|project|product|win)|"
            + "i (own|run|lead|manage|am responsible for)|my team (is|has|builds)|i am an? [a-z ]{0,25}(manager|pm|engineer|lead|analyst)|"
            + "i( have|'ve|'d| had)? (led|built|launched|managed|ran|shipped|grew|owned|"
            + "spent|worked|started|moved|joined|founded|scaled|cut|reduced|increased|designed|created|delivered|drove|took|"
            + "switched|studied|trained|became|went|was|wrote|helped|turned|won|learned|learnt)|years (of|as|in|at)|"
            + "my (current|last|previous|first) (role|job|team|company)|in my (current|last|previous) (role|job)|"
            + "as (a|an|the) [a-z ]{0,20}(pm|manager|engineer|analyst|consultant|lead|founder|designer))\\b");
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(this (role|team|position|job|org|group|opportunity)|your team|the team|"
            + "amazon|aws|prime|alexa|kindle|marketplace|fulfil\\w*|logistics|retail|product manag\\w*|\\bpm\\b|pms|here|"
            + "the role|this company|your customers|the customers)\\b");
    private static final Pattern PRINCIPLES = Pattern.compile("(?i)\\b(customer obsess\\w*|obsess\\w* (over|about) customers|"
            + "ownership|owner|bias for action|dive deep|invent and simplify|frugal\\w*|earn(ed|s)? trust|think big|"
            + "deliver results|backbone|disagree and commit|highest standards|learn and be curious|hire and develop|"
            + "are right,? a lot|broad responsibility|best employer|leadership principles?|\\blps?\\b|working backwards|"
            + "press release|six-?pager|two-pizza|day one|day 1|mechanism\\w*|long-?term)\\b");
    private static final Pattern PROPER_OR_NUMBER = Pattern.compile("(\\d|\\$|%|(?<=[a-z,;] )[A-Z][a-zA-Z]+)");

    private RecruiterRubric() {
    }

    public static Reading read(AnswerAnalysis a, String question) {
        Relevance.Kind kind = a.relevance().kind();
        int words = a.words();
        if (kind == Relevance.Kind.EMPTY || kind == Relevance.Kind.TOO_SHORT && words < 15) {
            return new Reading(Map.of(), List.of(Part.values()), Vote.STRONGLY_NOT_INCLINED,
                    "Too little to assess: a recruiter expects 30 to 90 seconds that are about you and this role.", "");
        }
        ParsedText t = a.text();
        Map<Part, String> shown = new LinkedHashMap<>();
        int specifics = 0;
        String firstSpecific = null;
        for (int i = 0; i < t.sentences().size(); i++) {
            String s = t.text(t.sentence(i));
            String q = t.quote(i);
            // Amazon's own name and its principles are what every candidate says; they are not specifics about you
            String own = PRINCIPLES.matcher(s.replaceAll("\\b(Amazon|AWS|Amazonian)\\b", "amazon")).replaceAll("lp");
            if (PROPER_OR_NUMBER.matcher(own).find() && Terms.of(t, t.sentence(i)).size() >= 3) {
                specifics++;
                if (firstSpecific == null) {
                    firstSpecific = q;
                }
            }
            put(shown, Part.MOTIVATION, MOTIVATION, s, q);
            put(shown, Part.RECORD, RECORD, s, q);
            put(shown, Part.ROLE_LINK, ROLE, s, q);
            put(shown, Part.PRINCIPLES, PRINCIPLES, s, q);
            // a later sentence that shows the same part is better evidence when the earlier one already shows another
            preferDistinct(shown, s, q);
        }
        if (!shown.containsKey(Part.RECORD)) {
            // any step the candidate actually took, told in the first person, is part of their record
            for (dev.loopcoach.core.analysis.SentenceFacts f : a.story().sentences()) {
                if (f.story() && f.action() && Terms.lower(t.text(t.sentence(f.index()))).matches("(?s).*\\bi\\b.*")) {
                    shown.put(Part.RECORD, t.quote(f.index()));
                    break;
                }
            }
        }
        if (specifics >= 1) {
            shown.put(Part.SPECIFIC, firstSpecific);
        }
        List<Part> missing = new ArrayList<>();
        for (Part p : Part.values()) {
            if (!shown.containsKey(p)) {
                missing.add(p);
            }
        }
        boolean offTopic = kind == Relevance.Kind.OFF_TOPIC
                || !shown.containsKey(Part.RECORD) && !shown.containsKey(Part.ROLE_LINK) && !shown.containsKey(Part.MOTIVATION);
        if (offTopic) {
            return new Reading(shown, missing, Vote.STRONGLY_NOT_INCLINED,
                    "This does not answer the screen question: it says nothing about you, your record or this role.", "");
        }
        int n = shown.size();
        Vote vote = n >= 5 ? Vote.STRONGLY_INCLINED : n == 4 ? Vote.INCLINED : n == 3 ? Vote.NOT_INCLINED : Vote.STRONGLY_NOT_INCLINED;
        if (!shown.containsKey(Part.SPECIFIC) || !shown.containsKey(Part.RECORD)) {
            // praise of Amazon without the candidate's own record is what every recruiter hears all day
            vote = CaseRubric.cap(vote, Vote.NOT_INCLINED);
        }
        String lengthNote = "";
        if (words < SHORT_WORDS) {
            vote = CaseRubric.cap(vote, Vote.NOT_INCLINED);
            lengthNote = "Short even for a screen (" + words + " words): aim for 30 to 90 seconds, about 70 to 200 words.";
        } else if (words < FULL_WORDS) {
            vote = CaseRubric.cap(vote, Vote.INCLINED);
            lengthNote = "A little short (" + words + " words, about " + a.length().spokenTime()
                    + " spoken): 30 to 90 seconds gives room for one concrete example.";
        } else if (words > RAMBLING_WORDS) {
            vote = CaseRubric.cap(CaseRubric.stepDown(vote), Vote.NOT_INCLINED);
            lengthNote = "Far too long for a screen answer (" + words + " words, about " + a.length().spokenTime()
                    + " spoken): keep it to 30 to 90 seconds and let the recruiter ask for more.";
        } else if (words > LONG_WORDS) {
            vote = CaseRubric.stepDown(vote);
            lengthNote = "Long for a screen answer (" + words + " words, about " + a.length().spokenTime()
                    + " spoken): 30 to 90 seconds is the target.";
        }
        String headline = n + " of " + Part.values().length + " things a recruiter listens for"
                + (missing.isEmpty() ? "." : "; not yet: " + String.join(", ", missing.stream().map(Part::label).toList()) + ".");
        return new Reading(shown, missing, vote, headline, lengthNote);
    }

    private static void preferDistinct(Map<Part, String> shown, String sentence, String quote) {
        for (Part part : List.of(Part.MOTIVATION, Part.RECORD, Part.ROLE_LINK, Part.PRINCIPLES)) {
            String current = shown.get(part);
            if (current == null || current.equals(quote) || !patternOf(part).matcher(sentence).find()) {
                continue;
            }
            long uses = shown.values().stream().filter(current::equals).count();
            if (uses > 1 && !shown.containsValue(quote)) {
                shown.put(part, quote);
            }
        }
    }

    private static Pattern patternOf(Part part) {
        return switch (part) {
            case MOTIVATION -> MOTIVATION;
            case RECORD -> RECORD;
            case ROLE_LINK -> ROLE;
            case PRINCIPLES -> PRINCIPLES;
            case SPECIFIC -> PROPER_OR_NUMBER;
        };
    }

    private static void put(Map<Part, String> shown, Part part, Pattern p, String sentence, String quote) {
        if (!shown.containsKey(part) && p.matcher(sentence).find()) {
            shown.put(part, quote);
        }
    }
}
