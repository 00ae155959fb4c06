package dev.loopcoach.core.testing;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachDeps;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.coaching.CuePrincipleTagger;
import dev.loopcoach.core.coaching.PrincipleTagger;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.SessionStore;
import java.util.Random;

/**
 * A {@link Coach} built from real parts: the built-in question bank, the standard {@link BarRaiserCoach} and its
 * principle tagger, over {@link InMemoryStores}. The bank and the analyzer load once per test JVM.
 */
public final class RealCoach {
    private static QuestionBank bank;
    private static BarRaiserCoach barRaiser;

    private RealCoach() {
    }

    public static synchronized QuestionBank builtInBank() {
        if (bank == null) {
            bank = new BankLoader().builtInOnly();
        }
        return bank;
    }

    public static synchronized BarRaiserCoach barRaiser() {
        if (barRaiser == null) {
            barRaiser = BarRaiserCoach.standard();
        }
        return barRaiser;
    }

    public static PrincipleTagger tagger() {
        return new CuePrincipleTagger(barRaiser().tagger());
    }

    public static Coach over(InMemoryStores stores, Clock clock, long seed) {
        return over(stores, builtInBank(), clock, seed, CoachSettings.defaults());
    }

    public static Coach over(InMemoryStores stores, Clock clock, long seed, CoachSettings settings) {
        return over(stores, builtInBank(), clock, seed, settings);
    }

    public static Coach over(InMemoryStores stores, QuestionBank questions, Clock clock, long seed, CoachSettings settings) {
        return over(stores, stores.sessions(), questions, clock, seed, settings);
    }

    /** As {@link #over(InMemoryStores, QuestionBank, Clock, long, CoachSettings)} with another session store in front. */
    public static Coach over(InMemoryStores stores, SessionStore sessions, QuestionBank questions, Clock clock, long seed,
                             CoachSettings settings) {
        return new Coach(new CoachDeps(questions, barRaiser(), tagger(), sessions, stores.practice(), stores.stories(),
                stores.privacy(), stores.prefs(), clock, new Random(seed), settings));
    }
}
