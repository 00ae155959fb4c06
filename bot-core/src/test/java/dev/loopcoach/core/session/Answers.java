package dev.loopcoach.core.session;

/** Candidate answers written for these tests: one complete STAR story, a follow-up reply and a vague one. */
final class Answers {
    static final String STRONG = "In 2023 I was the product manager for checkout at a mid-size online retailer, and mobile "
            + "conversion had fallen from 3.1% to 2.4% in one quarter. My task was to find the cause and win the lost orders "
            + "back before the holiday peak. I pulled the funnel data myself, split it by device and payment method, and found "
            + "that a new address form timed out for 18% of Android users. I wrote a one-page case for the fix, persuaded the "
            + "payments team to take it into their sprint, and ran an A/B test on 20% of traffic. Conversion came back to 3.2% "
            + "within six weeks, worth about $4 million a year, and I added a latency alarm so the next regression pages us.";

    static final String FOLLOW_UP = "I ran the query on the raw event logs myself and showed the 18% figure to our VP "
            + "in the Monday business review; the fix shipped 9 days later.";

    static final String VAGUE = "We worked on it as a team and it went fine.";

    private Answers() {
    }
}
