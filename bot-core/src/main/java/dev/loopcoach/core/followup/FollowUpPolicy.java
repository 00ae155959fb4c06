package dev.loopcoach.core.followup;

import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.coaching.ProbeIntent;
import java.util.List;

/**
 * One rule a Bar Raiser uses to choose the next probe. Policies run in a fixed order (re-asks first, then gaps, then
 * the question's own follow-ups, then deep dives); each proposes zero or more probes, each with its reason and the
 * intent it asks for, decided here and carried with the probe from then on.
 */
public interface FollowUpPolicy {
    /** Short stable name, stored with the follow-up so the coach can say which rule chose it. */
    String name();

    List<FollowUp> propose(ProbeContext context);

    /** True for stock probes (the question's own, deep dives): skipped when a gap probe already asks the same thing. */
    default boolean stock() {
        return false;
    }

    default FollowUp probe(String text, String reason, ProbeIntent intent) {
        return new FollowUp(text, reason, name(), intent);
    }
}
