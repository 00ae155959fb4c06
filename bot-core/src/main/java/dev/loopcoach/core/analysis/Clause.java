package dev.loopcoach.core.analysis;

/**
 * What the story reader learned about one clause (a stretch of a sentence between commas, colons, dashes or a
 * conjunction that starts a new subject).
 *
 * @param actor who acts in it: {@code I}, {@code WE}, generic {@code YOU}, someone else, a passive verb, or nobody
 * @param action a concrete step taken in the past by the speaker, their team, or (passive) someone
 * @param result an outcome that happened
 * @param forecast a plan, goal, projection or work still in progress
 * @param background past perfect or state description ("had grown", "was losing")
 */
public record Clause(int sentence, int firstToken, int endToken, Actor actor, boolean action, boolean result,
        boolean forecast, boolean hypothetical, boolean background) {

    public enum Actor { I, WE, YOU, OTHER, PASSIVE, NONE }
}
