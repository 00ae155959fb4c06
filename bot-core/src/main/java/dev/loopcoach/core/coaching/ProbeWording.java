package dev.loopcoach.core.coaching;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an intent from a probe's words. Used only where no chooser recorded one: when a stock follow-up (a bank
 * question's own, or an LP deep dive) is chosen, for sessions stored before intents were stored, and for probes
 * given to the batch CLI that the coach did not ask itself. The first matching rule wins, most specific first.
 */
public final class ProbeWording {
    private record Rule(ProbeIntent intent, Pattern words) {
    }

    private static Rule rule(ProbeIntent intent, String regex) {
        return new Rule(intent, Pattern.compile("\\b(" + regex + ")"));
    }

    private static final List<Rule> STORY = List.of(
            rule(ProbeIntent.DO_DIFFERENTLY, "(do|done|handle|approach)\\w* (it |that |this |anything )?differently|do over|in hindsight|"
                    + "looking back|would you change|do again|change if you"),
            rule(ProbeIntent.LESSON, "learn|lesson|takeaway|since then|afterwards|happen again|prevent|next time|today because|"
                    + "habit|do you (do|use) now|now because|still (do|use)|changed (how|the way)|mechanism"),
            rule(ProbeIntent.REAL_EXAMPLE, "specific time|one specific|real example|specific example|walk me through one|one time you|"
                    + "a time when|actually did|give (me )?an example"),
            rule(ProbeIntent.PUSHBACK, "disagre|push(ed)? back|pushback|object|argu|convinc|persuad|stood up|say no|said no|resist|"
                    + "overrul|conflict|challenge[ds]? (the|their|your)"),
            rule(ProbeIntent.PERSONAL_ROLE, "personally|you specifically|your (own )?(part|role|contribution)|which of (them|those) were yours|"
                    + "what did you (yourself )?do|who made|who decided|yours alone|you alone"),
            rule(ProbeIntent.OUTCOME, "outcome|result|impact|by how much|before and after|what changed|so far|did it work|"
                    + "how did it (turn out|go|end)|what happened|in numbers|one number on|how did you measure|measure it|"
                    + "what did (customers|users|the customer|sellers) get|how do you know it worked|how do you know|"
                    + "(customer|customers|users|they|leader|team) (respond|react)|what can they do now"),
            rule(ProbeIntent.SCOPE, "how (big|large)|how many (customers|people|users|teams|engineers|sellers|members)|budget|scale|"
                    + "scope|size of|at stake|how much money|headcount"),
            rule(ProbeIntent.DATA, "data|analys|evidence|dashboard|research|how did you know|figures|signal|metric|numbers did|"
                    + "report|query|survey|what did it (tell|show)"));

    private static final List<Rule> CASE = List.of(
            rule(ProbeIntent.CASE_RISKS, "risk|downside|go wrong|goes wrong|fail|mitigat|trade-?off|give up|cannibali|edge case|"
                    + "what could|guardrail"),
            rule(ProbeIntent.CASE_METRICS, "metric|measure|kpi|north star|indicator|one number|which number|success look|"
                    + "dashboard|a/b|experiment|how would you know|track"),
            rule(ProbeIntent.CASE_PRIORITY, "priorit|first|only one|one thing|sequence|phase|mvp|cut|defer|which would you (pick|choose)|"
                    + "if you could|order"),
            rule(ProbeIntent.CASE_CUSTOMER, "customer|segment|persona|user|seller|buyer|member|who (is|are)|pain"),
            rule(ProbeIntent.CASE_OPTIONS, "alternative|option|solution|idea|approach|design|feature|how would you (build|solve)"),
            rule(ProbeIntent.CASE_GOAL, "goal|objective|optimi[sz]|why (does|would|should) (amazon|this|it)|mission|vision"));

    private ProbeWording() {
    }

    /** Stock probes are a finite set asked again and again: each is read once. */
    private static final com.github.benmanes.caffeine.cache.Cache<String, ProbeIntent> READ =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(8_192).build();

    /** The intent a probe's words ask for; {@code caseQuestion} prefers the walk-through intents. */
    public static ProbeIntent guess(String probe, boolean caseQuestion) {
        String key = (caseQuestion ? "c:" : "s:") + (probe == null ? "" : probe);
        return READ.get(key, k -> read(probe, caseQuestion));
    }

    private static ProbeIntent read(String probe, boolean caseQuestion) {
        String t = probe == null ? "" : probe.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        if (t.startsWith("why ")) {
            return ProbeIntent.CLARIFY; // "why did...?" asks for the reasoning behind a detail of the story
        }
        if (caseQuestion) {
            for (Rule r : CASE) {
                if (r.words().matcher(t).find()) {
                    return r.intent();
                }
            }
        }
        for (Rule r : STORY) {
            if (r.words().matcher(t).find()) {
                return r.intent();
            }
        }
        return ProbeIntent.CLARIFY;
    }

    /** A story probe. */
    public static ProbeIntent guess(String probe) {
        return guess(probe, false);
    }
}
