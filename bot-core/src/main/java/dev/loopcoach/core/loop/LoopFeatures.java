package dev.loopcoach.core.loop;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachDeps;
import dev.loopcoach.core.handbook.CandidateHandbook;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.session.SessionKind;
import java.util.Map;
import java.util.Optional;

/**
 * Registers the full loop, the written exercise, their end summaries and the handbook with the coach:
 * {@code new Coach(deps, LoopFeatures.extensions(deps))}.
 */
public final class LoopFeatures {
    private LoopFeatures() {
    }

    public static Coach.Extensions extensions(CoachDeps deps) {
        PrincipleGuides guides = PrincipleGuides.load();
        return new Coach.Extensions(
                Optional.of(new MockLoop(deps.bank(), deps.practice(), deps.clock(), deps.random(), deps.settings().defaultLevel())),
                Optional.of(new WritingExercise(deps.bank(), deps.clock())),
                Optional.of(new CandidateHandbook()),
                Map.of(SessionKind.LOOP, new LoopDebrief(deps.bank(), guides),
                        SessionKind.WRITING, new WritingSummary(deps.bank())));
    }
}
