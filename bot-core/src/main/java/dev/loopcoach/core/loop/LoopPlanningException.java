package dev.loopcoach.core.loop;

/** The question bank cannot fill a stage of the loop (e.g. a custom bank without recruiter questions). */
public final class LoopPlanningException extends RuntimeException {
    public LoopPlanningException(String message) {
        super(message);
    }
}
