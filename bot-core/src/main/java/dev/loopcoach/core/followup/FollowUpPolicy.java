package dev.loopcoach.core.followup;

import dev.loopcoach.core.coaching.FollowUp;
import java.util.List;

/**
 * One rule a Bar Raiser uses to choose the next probe. Policies run in a fixed order (gaps first, then the
 * question's own follow-ups, then deep dives); each proposes zero or more probes, each with its reason.
 */
public interface FollowUpPolicy {
    /** Short stable name, stored with the follow-up so the coach can say which rule chose it. */
    String name();

    List<FollowUp> propose(ProbeContext context);

    default FollowUp probe(String text, String reason) {
        return new FollowUp(text, reason, name());
    }
}
