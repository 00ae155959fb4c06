package dev.loopcoach.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.port.PracticeBoardStore;
import dev.loopcoach.core.port.PracticeBoardStore.Member;
import dev.loopcoach.core.port.PrivacyStore;
import dev.loopcoach.core.port.UserKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every practice-board store guarantees: membership is per community and refreshed on a second join, leaving and
 * deleting one's data remove it at once, the export shows it, and a week's shout-out is claimed by exactly one of
 * several processes.
 */
public abstract class PracticeBoardStoreContract {
    /** One process's view of the shared store. */
    public record Process(PracticeBoardStore board, PrivacyStore privacy) {
    }

    protected abstract Process process() throws Exception;

    private static final Instant T0 = Instant.parse("2027-01-11T08:00:00Z");

    private static String fresh(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static UserKey someone() {
        return new UserKey("slack", fresh("T0:U"));
    }

    @Test
    void givenMembersOfTwoCommunities_thenEachBoardListsOnlyItsOwn_inJoiningOrder_andASecondJoinRenames() throws Exception {
        PracticeBoardStore board = process().board();
        String here = fresh("T");
        String there = fresh("T");
        UserKey ana = someone();
        UserKey bo = someone();
        board.join(new Member("slack", here, ana, "Ana", T0));
        board.join(new Member("slack", here, bo, "Bo", T0.plusSeconds(60)));
        board.join(new Member("slack", there, ana, "Ana R.", T0.plusSeconds(120)));
        board.join(new Member("slack", here, ana, "Ana Ruiz", T0.plusSeconds(180)));

        assertThat(board.members("slack", here)).extracting(Member::displayName).containsExactly("Ana Ruiz", "Bo");
        assertThat(board.members("slack", here).get(0).joinedAt()).as("joining again keeps the first date").isEqualTo(T0);
        assertThat(board.members("slack", there)).extracting(Member::user).containsExactly(ana);
        assertThat(board.members("discord", here)).isEmpty();
        assertThat(board.memberships(ana)).extracting(Member::community).containsExactlyInAnyOrder(here, there);
    }

    @Test
    void givenAMemberWhoLeaves_thenTheyAreGoneAtOnce_andLeavingAgainSaysSo() throws Exception {
        PracticeBoardStore board = process().board();
        String here = fresh("T");
        UserKey ana = someone();
        board.join(new Member("slack", here, ana, "Ana", T0));

        assertThat(board.leave("slack", here, ana)).isTrue();
        assertThat(board.members("slack", here)).isEmpty();
        assertThat(board.leave("slack", here, ana)).isFalse();
    }

    @Test
    void givenAMemberOfTwoBoards_whenTheyDeleteTheirData_thenBothMembershipsGo_andTheExportShowedThemBefore() throws Exception {
        Process p = process();
        String here = fresh("T");
        String there = fresh("T");
        UserKey ana = someone();
        UserKey bo = someone();
        p.board().join(new Member("slack", here, ana, "Ana", T0));
        p.board().join(new Member("slack", there, ana, "Ana", T0));
        p.board().join(new Member("slack", here, bo, "Bo", T0));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exported = (List<Map<String, Object>>) p.privacy().export(ana).get("practiceBoards");
        assertThat(exported).hasSize(2).allSatisfy(m -> assertThat(m).containsEntry("shownAs", "Ana").containsKey("joinedAt"));

        p.privacy().deleteAll(ana);

        assertThat(p.board().memberships(ana)).isEmpty();
        assertThat(p.board().members("slack", here)).extracting(Member::user).containsExactly(bo);
    }

    @Test
    void givenConsentToTheCoaches_thenItIsPerCommunity_apartFromTheBoard_inTheExport_andGoneWithTheData() throws Exception {
        Process p = process();
        String here = fresh("T");
        UserKey ana = someone();
        p.board().consent(new Member("slack", here, ana, "Ana", T0));
        p.board().consent(new Member("slack", here, ana, "Ana R.", T0.plusSeconds(5)));

        assertThat(p.board().consenting("slack", here)).extracting(Member::displayName).containsExactly("Ana R.");
        assertThat(p.board().members("slack", here)).as("sharing with coaches is not joining the board").isEmpty();
        String elsewhere = fresh("T");
        p.board().consent(new Member("slack", elsewhere, ana, "Ana", T0));
        assertThat(p.board().consents(ana)).extracting(Member::community).containsExactlyInAnyOrder(here, elsewhere);
        assertThat(p.board().withdrawConsent("slack", elsewhere, ana)).isTrue();
        assertThat(p.board().consents(ana)).extracting(Member::community).containsExactly(here);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exported = (List<Map<String, Object>>) p.privacy().export(ana).get("coachConsents");
        assertThat(exported).singleElement().satisfies(m -> assertThat(m).containsEntry("shownAs", "Ana R."));

        assertThat(p.board().withdrawConsent("slack", here, ana)).isTrue();
        assertThat(p.board().withdrawConsent("slack", here, ana)).isFalse();
        p.board().consent(new Member("slack", here, ana, "Ana", T0));
        p.privacy().deleteAll(ana);
        assertThat(p.board().consenting("slack", here)).isEmpty();
    }

    @Test
    void givenShoutOutsTurnedOnAndOff_thenOnlyTheOnesStillOnAreListed_withTheirZone() throws Exception {
        PracticeBoardStore board = process().board();
        String team = fresh("T");
        ChannelKey a = new ChannelKey("slack", team, "C0A");
        ChannelKey b = new ChannelKey("slack", team, "C0B");
        board.shoutOut(a, Optional.of(ZoneId.of("Europe/Berlin")));
        board.shoutOut(b, Optional.of(ZoneId.of("UTC")));
        board.shoutOut(b, Optional.empty());
        board.shoutOut(a, Optional.of(ZoneId.of("Asia/Tokyo")));

        assertThat(board.shoutOutChannels()).filteredOn(c -> c.channel().workspaceId().equals(team))
                .containsExactly(new PracticeBoardStore.ShoutOutChannel(a, ZoneId.of("Asia/Tokyo")));
        board.digest(b, Optional.of(ZoneId.of("UTC")));
        assertThat(board.digestChannels()).filteredOn(c -> c.channel().workspaceId().equals(team))
                .as("digests are their own list").containsExactly(new PracticeBoardStore.ShoutOutChannel(b, ZoneId.of("UTC")));
        board.digest(b, Optional.empty());
        assertThat(board.digestChannels()).noneMatch(c -> c.channel().workspaceId().equals(team));
    }

    @Test
    void givenFourProcessesClaimingOneWeek_thenExactlyOneWins_andTheNextWeekIsFreeAgain() throws Exception {
        ChannelKey channel = new ChannelKey("discord", fresh("G"), "C0WEEK");
        LocalDate monday = LocalDate.of(2027, 1, 11);
        List<PracticeBoardStore> stores = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            stores.add(process().board());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (PracticeBoardStore s : stores) {
                Callable<Boolean> claim = () -> {
                    start.await();
                    return s.claimWeek(channel, monday, T0);
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> f : claims) {
                won += f.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stores.get(0).claimWeek(channel, monday, T0)).isFalse();
        assertThat(stores.get(1).claimWeek(channel, monday.plusDays(7), T0)).isTrue();
    }
}
