package dev.loopcoach.slack;

import com.slack.api.model.User;
import dev.loopcoach.slack.web.SlackCallException;
import dev.loopcoach.slack.web.SlackWebApi;
import java.util.Optional;

/** The name people see for a member in Slack, read with users.info: the display name, else the full name, else the handle. */
public final class SlackDisplayNames {
    private final SlackWebApi web;

    public SlackDisplayNames(SlackWebApi web) {
        this.web = web;
    }

    /** Empty when Slack could not be asked. */
    public Optional<String> of(String userId) {
        try {
            User u = web.userInfo(userId);
            User.Profile p = u.getProfile();
            for (String candidate : new String[] {p == null ? null : p.getDisplayName(), p == null ? null : p.getRealName(),
                    u.getRealName(), u.getName()}) {
                if (candidate != null && !candidate.isBlank()) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        } catch (SlackCallException e) {
            return Optional.empty();
        }
    }
}
