package dev.loopcoach.slack.event;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.SlackUsers;

/** {@code app_home_opened} on the Home tab: publish the user's progress and settings. */
public final class AppHomeOpenedListener implements BoltEventHandler<AppHomeOpenedEvent> {
    private final HomeTabPublisher home;
    private final CoachRunner runner;
    private final EventDedupe dedupe;

    public AppHomeOpenedListener(HomeTabPublisher home, CoachRunner runner, EventDedupe dedupe) {
        this.home = home;
        this.runner = runner;
        this.dedupe = dedupe;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent e = payload.getEvent();
        if (e.getTab() != null && !"home".equals(e.getTab())) {
            return ctx.ack();
        }
        UserKey user = SlackUsers.key(payload.getTeamId(), e.getUser());
        String eventId = payload.getEventId();
        runner.laterInBackground(user, "home tab", () -> {
            if (eventId == null || dedupe.firstTime(eventId)) {
                home.publish(user, e.getUser());
            }
        });
        return ctx.ack();
    }
}
