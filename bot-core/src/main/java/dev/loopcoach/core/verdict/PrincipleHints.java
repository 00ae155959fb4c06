package dev.loopcoach.core.verdict;

import dev.loopcoach.core.lp.LeadershipPrinciple;

/** One line per principle on what a story must make visible, in our own words. */
final class PrincipleHints {
    private PrincipleHints() {
    }

    static String of(LeadershipPrinciple lp) {
        return switch (lp) {
            case CUSTOMER_OBSESSION -> "say who the customer was, how you learned what they needed, and what you did for them.";
            case OWNERSHIP -> "show where you went beyond your role and stayed with the problem until it was solved.";
            case INVENT_AND_SIMPLIFY -> "describe the old way, the new idea, and what became simpler.";
            case ARE_RIGHT_A_LOT -> "show the call you made with incomplete information, how you tested it, and that it held up.";
            case LEARN_AND_BE_CURIOUS -> "say what you did not know, how you learned it, and what you did with it.";
            case HIRE_AND_DEVELOP -> "name the person, what you did to raise the bar or help them grow, and how they changed.";
            case HIGHEST_STANDARDS -> "say what the bar was, where the work fell short, and what you did to raise it.";
            case THINK_BIG -> "contrast the original ask with the bigger idea, sized in customers, revenue or markets.";
            case BIAS_FOR_ACTION -> "show what you did quickly, what you did not yet know, and why the risk was acceptable.";
            case FRUGALITY -> "name the constraint, what you chose not to spend, and what you achieved anyway.";
            case EARN_TRUST -> "show the honest thing you said or admitted, and how the relationship changed.";
            case DIVE_DEEP -> "name the data you looked at yourself and the root cause you found.";
            case BACKBONE -> "quote what you said when you disagreed, and how you committed once it was decided.";
            case DELIVER_RESULTS -> "name the goal, the obstacle, and the measured result you delivered.";
            case BEST_EMPLOYER -> "show what you noticed about people on the team and what you changed for them.";
            case BROAD_RESPONSIBILITY -> "name who beyond your customers could be affected and what you did about it.";
        };
    }
}
