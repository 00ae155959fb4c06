package dev.loopcoach.core.verdict;

import dev.loopcoach.core.bank.Level;
import java.util.ArrayList;
import java.util.List;
import dev.loopcoach.core.analysis.ParsedText;
import dev.loopcoach.core.analysis.TextParser;
import dev.loopcoach.core.analysis.Token;

/**
 * The scope a story shows, against the scope each level is judged at (rubric section 4): PM I/II a feature or a team,
 * weeks to a quarter; Senior a product area, several teams, quarters, millions of customers or dollars; Principal an
 * org or business, years, strategy, large money or company-wide mechanisms.
 */
public final class LevelScope {

    /** What the story shows, with the phrases that show it. */
    public record Reading(Level shown, List<String> signals, List<String> small) {
        public Reading {
            signals = List.copyOf(signals);
            small = List.copyOf(small);
        }

        public Reading(Level shown, List<String> signals) {
            this(shown, signals, List.of());
        }

        /**
         * True when the story is below the scope the asked level is judged at: it shows less, and either says how
         * small it was ("one engineer", "two weeks", "one screen") or falls two levels short. A story that shows
         * nothing either way gets the benefit of the doubt one level up.
         */
        public boolean below(Level asked) {
            return shown.ordinal() < asked.ordinal() && (!small.isEmpty() || shown.ordinal() + 2 <= asked.ordinal());
        }
    }

    /** Phrases (matched on word boundaries in the lower-cased story) and number patterns that show each scope. */
    private static final List<String> PRINCIPAL_PHRASES = List.of("org-wide", "company-wide", "across the company",
            "across the org", "across the organization", "across the organisation", "across the business", "whole company",
            "whole org", "whole organization", "multi-year", "long-term strategy", "three-year", "five-year", "board", "ceo",
            "svp", "vp", "p&l", "business unit", "new business", "line of business", "billion", "hundreds of millions",
            "tens of millions", "dozens of teams", "every team", "all teams", "industry", "regulator", "market entry",
            "new market", "new markets", "international markets", "acquisition", "north star", "company strategy",
            "business strategy", "org strategy", "division", "every org", "other orgs", "several orgs", "multiple orgs",
            "across orgs", "head of product", "operating plan", "annual plan", "whole business", "the business", "our org",
            "my org", "the org", "org's", "flywheel", "years later", "over years");
    private static final List<String> SENIOR_PHRASES = List.of("cross-functional", "product area", "quarters", "half-year",
            "millions of", "portfolio", "several teams", "multiple teams", "partner teams", "across teams", "product line",
            "platform", "director", "directors", "markets", "regions", "enterprise customers", "two teams", "other teams",
            "crore", "roadmap", "strategy", "mechanism", "hiring plan", "headcount", "sev-1", "sev-2", "six-pager", "council",
            "government", "ministry", "legislation", "regulation");
    /** "three" reads as 3, "nine" as 9 (their index plus three). */
    private static final List<String> SEVERAL = List.of("three", "four", "five", "six", "seven", "eight", "nine");
    private static final java.util.Set<String> TEAMS = java.util.Set.of("teams", "squads", "orgs", "organizations", "countries");
    private static final java.util.Set<String> PEOPLE = java.util.Set.of("engineers", "people", "pms", "reports", "managers");
    /** Places a product runs in: several is a product area's reach, ten or more a business's. */
    private static final java.util.Set<String> PLACES = java.util.Set.of("cities", "markets", "regions", "sites", "stores",
            "hospitals", "warehouses", "states", "plants", "factories", "branches", "depots", "airports", "countries");
    /** Customers at stake: hundreds of thousands reach a product area's scope, tens of millions a business's. */
    private static final java.util.Set<String> CUSTOMERS = java.util.Set.of("customers", "users", "members", "subscribers",
            "accounts", "merchants", "sellers", "buyers", "patients", "students", "households", "riders", "drivers", "farmers",
            "shoppers", "clients", "learners", "players", "borrowers", "policyholders", "citizens", "passengers", "guests");
    /** People a product's work touches: fifty or more is a product area's reach. */
    private static final java.util.Set<String> WORKFORCE = java.util.Set.of("agents", "staff", "employees", "reps",
            "couriers", "nurses", "doctors", "clinicians", "teachers", "analysts", "moderators", "reviewers", "technicians",
            "mechanics", "pickers", "associates", "operators", "dealers", "partners", "vendors", "suppliers", "schools",
            "clinics", "restaurants", "merchants", "retailers", "advertisers", "hubs", "villages", "centres", "centers");
    private static final TextParser PARSER = new TextParser();

    private static final int PRINCIPAL_SIGNALS = 2;

    private LevelScope() {
    }

    public static Reading read(String story) {
        return read(PARSER.parse(story == null ? "" : story));
    }

    /** Reads the story's words as the analysis parsed them (lower case, numbers as tokens): no regex over the text. */
    public static Reading read(ParsedText story) {
        return read(story.tokens());
    }

    /** The scope shown by the chosen sentences of an already parsed answer (no second parse). */
    public static Reading read(ParsedText story, boolean[] sentences) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : story.tokens()) {
            if (t.sentence() < sentences.length && sentences[t.sentence()]) {
                tokens.add(t);
            }
        }
        return read(tokens);
    }

    private static Reading read(List<Token> tokens) {
        StringBuilder b = new StringBuilder(" ");
        for (Token t : tokens) {
            b.append(t.lower()).append(' ');
        }
        String text = b.toString();
        List<String> principal = phrases(PRINCIPAL_PHRASES, text);
        List<String> senior = phrases(SENIOR_PHRASES, text);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String next = tokens.get(i + 1).lower();
            String here = tokens.get(i).lower();
            double money = money(here);
            if (money >= PRINCIPAL_MONEY) {
                principal.add(here);
                continue;
            } else if (money >= SENIOR_MONEY) {
                senior.add(here);
                continue;
            }
            double n = tokens.get(i).number() ? number(here) : SEVERAL.indexOf(here) >= 0 ? SEVERAL.indexOf(here) + 3 : -1;
            if (n < 0) {
                continue;
            }
            String hit = here + " " + next;
            if (next.equals("billion") || next.equals("bn") || n >= 50 && next.equals("million") || n >= 10 && TEAMS.contains(next)
                    || n >= 10 && PEOPLE.contains(next) || n >= 2 && (next.equals("years") || next.equals("year-long"))
                    || n >= 10 && PLACES.contains(next)) {
                principal.add(hit);
                continue;
            }
            Counted counted = counted(tokens, i, n);
            if (counted.value() >= 10e6 && CUSTOMERS.contains(counted.noun())) {
                principal.add(counted.phrase());
            } else if (next.equals("million") || n >= 3 && TEAMS.contains(next) || n >= 10 && PEOPLE.contains(next)
                    || n >= 3 && PLACES.contains(next) || counted.value() >= 100_000 && CUSTOMERS.contains(counted.noun())
                    || counted.value() >= 50 && WORKFORCE.contains(counted.noun()) || n >= 6 && next.equals("months")) {
                senior.add(hit);
            }
        }
        List<String> small = small(tokens);
        if (principal.size() >= PRINCIPAL_SIGNALS || !principal.isEmpty() && !senior.isEmpty()) {
            List<String> all = new ArrayList<>(principal);
            all.addAll(senior);
            return new Reading(Level.PRINCIPAL, all, small);
        }
        if (!principal.isEmpty() || !senior.isEmpty()) {
            List<String> all = new ArrayList<>(senior);
            all.addAll(principal);
            return new Reading(Level.SENIOR, all, small);
        }
        return new Reading(Level.PM, List.of(), small);
    }

    /** What a number counts: "400,000 active customers", "20 million riders", "350 support agents" (one word between). */
    private record Counted(double value, String noun, String phrase) {
    }

    private static Counted counted(List<Token> tokens, int i, double n) {
        int at = i + 1;
        double value = n;
        String scale = at < tokens.size() ? tokens.get(at).lower() : "";
        if (scale.equals("million") || scale.equals("thousand")) {
            value = n * (scale.equals("million") ? 1e6 : 1e3);
            at++;
        }
        for (int k = at; k < Math.min(tokens.size(), at + 2); k++) {
            String w = tokens.get(k).lower();
            if (CUSTOMERS.contains(w) || WORKFORCE.contains(w)) {
                StringBuilder phrase = new StringBuilder(tokens.get(i).lower());
                for (int j = i + 1; j <= k; j++) {
                    phrase.append(' ').append(tokens.get(j).lower());
                }
                return new Counted(value, w, phrase.toString());
            }
        }
        return new Counted(value, "", "");
    }

    /** "$140M", "$1.2B", "480k", "usd 3m": an amount of money written as one token, in units; -1 if it is not one. */
    static double money(String token) {
        if (token.isEmpty() || !Character.isDigit(token.charAt(0)) && "$\u00a3\u20ac".indexOf(token.charAt(0)) < 0) {
            return -1; // most tokens are words: no replace, no regex
        }
        String t = token.replace(",", "");
        boolean currency = t.startsWith("$") || t.startsWith("\u00a3") || t.startsWith("\u20ac");
        t = t.replaceFirst("^[$\u00a3\u20ac]", "");
        double scale;
        if (t.endsWith("bn") || t.endsWith("b")) {
            scale = 1e9;
        } else if (t.endsWith("mm") || t.endsWith("mn") || t.endsWith("m")) {
            scale = 1e6;
        } else if (t.endsWith("k")) {
            scale = 1e3;
        } else {
            return -1;
        }
        String digits = t.replaceFirst("(bn|b|mm|mn|m|k)$", "");
        if (digits.isEmpty() || !digits.matches("\\d+(\\.\\d+)?") || !currency && scale < 1e6) {
            return -1;
        }
        return Double.parseDouble(digits) * scale;
    }

    private static final double PRINCIPAL_MONEY = 50e6;
    private static final double SENIOR_MONEY = 1e6;

    private static final java.util.Set<String> FEW_PEOPLE = java.util.Set.of("engineer", "engineers", "developer", "developers",
            "designer", "designers", "analyst", "person", "people");
    private static final java.util.Set<String> SHORT_TIME = java.util.Set.of("day", "days", "week", "weeks", "sprint", "sprints");
    private static final java.util.Set<String> ONE_THING = java.util.Set.of("screen", "page", "feature", "button", "email", "link",
            "form", "field", "banner", "flow", "report", "dashboard", "template", "bug");

    /** How small the story says it was: a few people, a few weeks, one screen or one feature. */
    private static List<String> small(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String here = tokens.get(i).lower();
            String next = tokens.get(i + 1).lower();
            double n = here.equals("one") || here.equals("a") || here.equals("an") || here.equals("single") ? 1
                    : here.equals("two") ? 2 : here.equals("three") ? 3 : here.equals("few") ? 3
                    : tokens.get(i).number() ? number(here) : -1;
            if (n < 0) {
                continue;
            }
            boolean count = !here.equals("a") && !here.equals("an");
            if (n <= 2 && FEW_PEOPLE.contains(next) && count || n <= 3 && SHORT_TIME.contains(next) && !here.equals("a")
                    || n == 1 && ONE_THING.contains(next) && count) {
                out.add(here + " " + next);
            }
        }
        return out;
    }

    private static double number(String token) {
        try {
            return Double.parseDouble(token.replace(",", "").replace("$", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** What interviewers look for at the level, for the feedback. */
    public static String expected(Level level) {
        return switch (level) {
            case PM -> "a feature or a team, over weeks to a quarter";
            case SENIOR -> "a product area across several teams, over quarters, with millions of customers or dollars at stake";
            case PRINCIPAL -> "an org or a business over years: strategy, large money, or mechanisms used company-wide";
        };
    }

    private static List<String> phrases(List<String> phrases, String text) {
        List<String> out = new ArrayList<>();
        for (String p : phrases) {
            if (text.contains(" " + p + " ")) {
                out.add(p);
            }
        }
        return out;
    }

}
