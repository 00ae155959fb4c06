package dev.loopcoach.core.verdict;

import dev.loopcoach.core.bank.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scope a story shows, against the scope each level is judged at (rubric section 4): PM I/II a feature or a team,
 * weeks to a quarter; Senior a product area, several teams, quarters, millions of customers or dollars; Principal an
 * org or business, years, strategy, large money or company-wide mechanisms.
 */
public final class LevelScope {

    /** What the story shows, with the phrases that show it. */
    public record Reading(Level shown, List<String> signals) {
        public Reading {
            signals = List.copyOf(signals);
        }

        /** True when the story is below the scope the asked level is judged at. */
        public boolean below(Level asked) {
            return shown.ordinal() < asked.ordinal();
        }
    }

    private static final Pattern PRINCIPAL = Pattern.compile("(?i)\\b(org-wide|company-wide|across the (company|org|organi[sz]ation|"
            + "business)|whole (company|org|organi[sz]ation)|multi-year|(two|three|four|five|several|\\d) years?( long| plan| strategy)|"
            + "(long-term|multi-year|three-year|five-year) (strategy|plan|vision|roadmap)|board|ceo|s?vps?\\b|p&l|business unit|"
            + "new business|line of business|\\$ ?\\d+(\\.\\d+)? ?(billion|bn|b)\\b|billions?|hundreds of millions|"
            + "\\$ ?[1-9]\\d{2,} ?(million|m)\\b|[1-9]\\d{2,} million|tens of millions|(\\d{2,}|dozens of) teams|"
            + "(\\d{2,}|twenty|thirty|forty|fifty|hundreds of) (engineers|people|product managers|pms)|every team|all teams|"
            + "(adopted|used|rolled out) (by|across) (every|all|the whole)|industry|regulator|market entry|"
            + "acquisition|(new|international) markets?)\\b");
    private static final Pattern SENIOR = Pattern.compile("(?i)\\b((three|four|five|six|seven|eight|nine|several|multiple|[3-9]) "
            + "(teams|squads|partner teams|orgs)|cross-functional|product area|(two|three|four|several|[2-9]) quarters|"
            + "half-year|(a|one|the) year|annual|roadmap|millions? of (customers|users|members|sellers|buyers|households|orders)|"
            + "\\d+(\\.\\d+)? million|\\$ ?\\d+(\\.\\d+)? ?(million|m|mm)\\b|director|leadership team|platform|portfolio|"
            + "(\\d{2}|ten|twelve|fifteen|twenty) (engineers|people)|program)\\b");
    private static final int PRINCIPAL_SIGNALS = 2;

    private LevelScope() {
    }

    public static Reading read(String story) {
        String text = story == null ? "" : story;
        List<String> principal = matches(PRINCIPAL, text);
        List<String> senior = matches(SENIOR, text);
        if (principal.size() >= PRINCIPAL_SIGNALS || !principal.isEmpty() && senior.size() >= 2) {
            List<String> all = new ArrayList<>(principal);
            all.addAll(senior);
            return new Reading(Level.PRINCIPAL, all);
        }
        if (!principal.isEmpty() || !senior.isEmpty()) {
            List<String> all = new ArrayList<>(senior);
            all.addAll(principal);
            return new Reading(Level.SENIOR, all);
        }
        return new Reading(Level.PM, List.of());
    }

    /** What interviewers look for at the level, for the feedback. */
    public static String expected(Level level) {
        return switch (level) {
            case PM -> "a feature or a team, over weeks to a quarter";
            case SENIOR -> "a product area across several teams, over quarters, with millions of customers or dollars at stake";
            case PRINCIPAL -> "an org or a business over years: strategy, large money, or mechanisms used company-wide";
        };
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find() && out.size() < 6) {
            String hit = m.group().toLowerCase(java.util.Locale.ROOT);
            if (!out.contains(hit)) {
                out.add(hit);
            }
        }
        return out;
    }
}
