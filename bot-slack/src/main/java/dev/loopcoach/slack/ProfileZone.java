package dev.loopcoach.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.port.UserPrefsStore;
import dev.loopcoach.slack.web.SlackCallException;
import dev.loopcoach.slack.web.SlackWebApi;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Slack member's days are counted in the time zone of their Slack profile (users.info {@code tz}) until they set
 * one themselves with /coach timezone: adopted the first time they use the coach, and never over their own choice.
 * Looked up at most once per member and half-day per process; a failed lookup leaves UTC and costs nothing else.
 */
public final class ProfileZone {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileZone.class);
    private static final Duration LOOK_AGAIN_AFTER = Duration.ofHours(12);

    private final SlackWebApi web;
    private final UserPrefsStore prefs;
    private final Cache<UserKey, Boolean> looked = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(LOOK_AGAIN_AFTER).build();

    public ProfileZone(SlackWebApi web, UserPrefsStore prefs) {
        this.web = web;
        this.prefs = prefs;
    }

    /** Blocking (may call users.info): run it off the ack, before the command it serves. */
    public void adopt(UserKey user) {
        if (looked.asMap().putIfAbsent(user, Boolean.TRUE) != null) {
            return;
        }
        try {
            UserPrefs current = prefs.get(user);
            if (current.zone().isPresent()) {
                return;
            }
            String slackId = user.userId().substring(user.userId().indexOf(':') + 1);
            String tz = web.userInfo(slackId).getTz();
            if (tz == null || tz.isBlank()) {
                return;
            }
            prefs.put(user, prefs.get(user).withZone(ZoneId.of(tz)));
            LOG.debug("time zone {} taken from the Slack profile of {}", tz, user);
        } catch (SlackCallException | DateTimeException e) {
            LOG.debug("no profile time zone for {}: {}", user, e.getMessage());
        } catch (RuntimeException e) {
            looked.invalidate(user); // the store was down: try again with the next command
            LOG.debug("could not adopt the profile time zone of {}: {}", user, e.toString());
        }
    }
}
