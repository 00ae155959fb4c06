package dev.loopcoach.slack.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.model.User;
import dev.loopcoach.slack.web.SlackCallException;
import dev.loopcoach.slack.web.SlackWebApi;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may change a channel's daily questions: workspace admins and owners (asked through users.info, on
 * our side: Slack itself lets anyone run a slash command) and the ids in {@code COACH_SLACK_ADMINS}.
 * Answers are cached briefly; a failed lookup denies, with a reason.
 */
public final class AdminCheck {
    private static final Logger LOG = LoggerFactory.getLogger(AdminCheck.class);

    public enum Verdict { ALLOW_LIST, WORKSPACE_ADMIN, DENIED, UNKNOWN }

    private final SlackWebApi web;
    private final Set<String> allowList;
    private final Cache<String, Verdict> cache;

    public AdminCheck(SlackWebApi web, Set<String> allowList, Duration cacheFor) {
        this.web = web;
        this.allowList = Set.copyOf(allowList);
        this.cache = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(10_000).build();
    }

    /** Blocking (may call users.info): run it after the ack. */
    public Verdict check(String userId) {
        if (allowList.contains(userId)) {
            return Verdict.ALLOW_LIST;
        }
        Verdict cached = cache.getIfPresent(userId);
        if (cached != null) {
            return cached;
        }
        try {
            User u = web.userInfo(userId);
            Verdict v = u.isAdmin() || u.isOwner() || u.isPrimaryOwner() ? Verdict.WORKSPACE_ADMIN : Verdict.DENIED;
            cache.put(userId, v);
            return v;
        } catch (SlackCallException e) {
            LOG.warn("Could not check whether {} is a workspace admin: {}", userId, e.error());
            return Verdict.UNKNOWN;
        }
    }

    public static boolean allowed(Verdict v) {
        return v == Verdict.ALLOW_LIST || v == Verdict.WORKSPACE_ADMIN;
    }
}
