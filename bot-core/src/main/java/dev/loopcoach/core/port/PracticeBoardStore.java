package dev.loopcoach.core.port;

import dev.loopcoach.core.daily.ChannelKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Who opted in to a community's practice board (a Slack workspace, a Discord server), the channels that get the weekly
 * shout-out, and which weeks were posted. Membership is per community: joining one server's board shows nothing in
 * another. The name shown is the one the person had when they joined, so the post never needs a mention.
 */
public interface PracticeBoardStore {

    /** Adds the person to the community's board, or refreshes the name they are shown with. */
    void join(Member member);

    /** Removes the person from the community's board; false when they were not on it. */
    boolean leave(String platform, String community, UserKey user);

    /** The community's members, in the order they joined. */
    List<Member> members(String platform, String community);

    /** Every board the person is on (for their data export). */
    List<Member> memberships(UserKey user);

    /** Removes the person from every board (their data deletion); returns how many memberships went. */
    int forget(UserKey user);

    /** Lets the community's coaches see the person's practice (the coach's view); refreshes the name on a second call. */
    void consent(Member member);

    /** Withdraws that consent; false when there was none. */
    boolean withdrawConsent(String platform, String community, UserKey user);

    /** Every community whose coaches the person lets see their practice. */
    List<Member> consents(UserKey user);

    /** The members who let the community's coaches see their practice, in the order they consented. */
    List<Member> consenting(String platform, String community);

    /** Turns the coaches' weekly digest on in a channel (its week starts in {@code zone}) or off. */
    void digest(ChannelKey channel, java.util.Optional<ZoneId> zoneWhenOn);

    /** Channels that get the coaches' weekly digest. */
    List<ShoutOutChannel> digestChannels();

    /** Turns the weekly shout-out on in a channel (its week starts in {@code zone}) or off. */
    void shoutOut(ChannelKey channel, java.util.Optional<ZoneId> zoneWhenOn);

    /** Channels with the weekly shout-out on. */
    List<ShoutOutChannel> shoutOutChannels();

    /**
     * Claims the shout-out of one channel for the week starting {@code monday}: true for exactly one caller across
     * every process sharing the store.
     */
    boolean claimWeek(ChannelKey channel, LocalDate monday, Instant at);

    /** One opted-in member of a community's board. */
    record Member(String platform, String community, UserKey user, String displayName, Instant joinedAt) {
        public Member {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(joinedAt, "joinedAt");
        }
    }

    record ShoutOutChannel(ChannelKey channel, ZoneId zone) {
        public ShoutOutChannel {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(zone, "zone");
        }
    }
}
