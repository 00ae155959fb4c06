package dev.loopcoach.core.loop;

import dev.loopcoach.core.writing.WritingReport;
import java.util.Optional;

/** The written exercise in a loop: whether it was handed in, and the review of what was. */
public record WritingResult(String promptId, boolean submitted, int draftWords, Optional<WritingReport> report) {

    /** Handed in, and not judged to need another draft. */
    public boolean atBar() {
        return submitted && report.map(r -> r.verdict() != dev.loopcoach.core.writing.WritingVerdict.REWORK).orElse(false);
    }
}
