package dev.loopcoach.core.followup;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;

/** Our own deep-dive probes per principle, used when the LP guide offers none. */
final class BuiltInDeepDives {
    private BuiltInDeepDives() {
    }

    static List<String> of(LeadershipPrinciple lp) {
        return switch (lp) {
            case CUSTOMER_OBSESSION -> List.of("How did you find out what the customer needed, first-hand?",
                    "What did you give up for the customer, and was it worth it?");
            case OWNERSHIP -> List.of("What would have happened if you had not stepped in?",
                    "What did you do that was outside your formal role?");
            case INVENT_AND_SIMPLIFY -> List.of("What did the old way look like, and what exactly did you remove or invent?",
                    "Where did the idea come from, and who doubted it?");
            case ARE_RIGHT_A_LOT -> List.of("What information did you not have, and how did you decide anyway?",
                    "Who disagreed with your read, and how did you test it?");
            case LEARN_AND_BE_CURIOUS -> List.of("How did you learn it, concretely, and how long did it take?",
                    "What did you do differently because of what you learned?");
            case HIRE_AND_DEVELOP -> List.of("What did you do, week by week, to help them grow?",
                    "How did you know it was working?");
            case HIGHEST_STANDARDS -> List.of("What was the bar, and how did you measure whether you met it?",
                    "What did it cost to hold that bar, and who pushed back?");
            case THINK_BIG -> List.of("How much bigger was your idea than what you were asked for?",
                    "How did you get others to believe in it?");
            case BIAS_FOR_ACTION -> List.of("What did you not know when you acted, and why was it safe to act anyway?",
                    "How would you have undone it if you had been wrong?");
            case FRUGALITY -> List.of("What did you decide not to spend, and what did you do instead?",
                    "What did the constraint force you to invent?");
            case EARN_TRUST -> List.of("What exactly did you say, and how did they react?",
                    "How did you know trust had been restored?");
            case DIVE_DEEP -> List.of("Which data did you look at yourself, and what did it show?",
                    "What was the first explanation, and how did you rule it out?");
            case BACKBONE -> List.of("What did you say when you disagreed, and to whom?",
                    "Once the decision went the other way, what did you do to make it work?");
            case DELIVER_RESULTS -> List.of("What was the biggest obstacle, and how did you get past it?",
                    "What did you have to trade off to deliver on time?");
            case BEST_EMPLOYER -> List.of("How did you find out how people on the team were really doing?",
                    "What changed for them, and how do you know?");
            case BROAD_RESPONSIBILITY -> List.of("Who outside your customers could have been affected, and how did you find out?",
                    "What did you give up to do the right thing?");
        };
    }
}
