package dev.loopcoach.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.port.GuessStore;
import dev.loopcoach.core.port.PrivacyStore;
import dev.loopcoach.core.port.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every guess store guarantees: one round per answered message, one guess per member replaced until the reveal and
 * refused after it, exactly one reveal across processes, calibration over revealed rounds only, and a person's rounds
 * and guesses in their export and gone with their data.
 */
public abstract class GuessStoreContract {
    public record Process(GuessStore guesses, PrivacyStore privacy) {
    }

    protected abstract Process process() throws Exception;

    private static final Instant T0 = Instant.parse("2027-01-11T09:00:00Z");

    private static ChannelKey channel() {
        return new ChannelKey("slack", "T" + UUID.randomUUID().toString().substring(0, 8), "C0GUESS");
    }

    private static UserKey someone() {
        return new UserKey("slack", "T0:U" + UUID.randomUUID().toString().substring(0, 10));
    }

    @Test
    void givenAnAnswer_thenOneRoundOpens_andARetriedDeliveryOpensNone() throws Exception {
        GuessStore store = process().guesses();
        ChannelKey ch = channel();
        UserKey ana = someone();

        GuessStore.Round round = store.open(ch, "1.0", "1.5", ana, "my answer", T0).orElseThrow();

        assertThat(store.open(ch, "1.0", "1.5", ana, "my answer", T0)).isEmpty();
        assertThat(store.find(round.id())).contains(round);
        assertThat(round.revealed()).isFalse();
        assertThat(round.answer()).isEqualTo("my answer");
    }

    @Test
    void givenGuesses_thenEachMemberHasOne_replacedUntilTheReveal_andNoneAfter() throws Exception {
        GuessStore store = process().guesses();
        long id = store.open(channel(), "1.0", "1.5", someone(), "answer", T0).orElseThrow().id();
        UserKey bo = someone();
        UserKey cy = someone();

        assertThat(store.guess(id, bo, Vote.INCLINED, T0)).isTrue();
        assertThat(store.guess(id, bo, Vote.NOT_INCLINED, T0.plusSeconds(5))).isTrue();
        assertThat(store.guess(id, cy, Vote.INCLINED, T0.plusSeconds(6))).isTrue();
        assertThat(store.guesses(id)).extracting(GuessStore.Guess::voter, GuessStore.Guess::vote)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(bo, Vote.NOT_INCLINED),
                        org.assertj.core.groups.Tuple.tuple(cy, Vote.INCLINED));

        assertThat(store.reveal(id, Vote.INCLINED, T0.plusSeconds(60))).isTrue();
        assertThat(store.guess(id, bo, Vote.INCLINED, T0.plusSeconds(61))).as("closed after the reveal").isFalse();
        assertThat(store.calibration(bo)).isEqualTo(new GuessStore.Calibration(0, 1));
        assertThat(store.calibration(cy)).isEqualTo(new GuessStore.Calibration(1, 1));
        assertThat(store.guess(9_999_999L, bo, Vote.INCLINED, T0)).as("an unknown round").isFalse();
    }

    @Test
    void givenFourProcessesRevealingAtOnce_thenExactlyOneReveals() throws Exception {
        long id = process().guesses().open(channel(), "1.0", "1.5", someone(), "answer", T0).orElseThrow().id();
        List<GuessStore> stores = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            stores.add(process().guesses());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> reveals = new ArrayList<>();
            for (GuessStore s : stores) {
                reveals.add(pool.submit(() -> {
                    start.await();
                    return s.reveal(id, Vote.INCLINED, T0);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> f : reveals) {
                won += f.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stores.get(0).find(id).orElseThrow().barRaiser()).contains(Vote.INCLINED);
    }

    @Test
    void givenAPersonsRoundsAndGuesses_thenTheExportShowsThem_andDeletingTheirDataRemovesThem() throws Exception {
        Process p = process();
        UserKey ana = someone();
        UserKey bo = someone();
        long mine = p.guesses().open(channel(), "1.0", "1.5", ana, "Ana's answer", T0).orElseThrow().id();
        long theirs = p.guesses().open(channel(), "2.0", "2.5", bo, "Bo's answer", T0).orElseThrow().id();
        p.guesses().guess(theirs, ana, Vote.INCLINED, T0);
        p.guesses().guess(mine, bo, Vote.INCLINED, T0);

        @SuppressWarnings("unchecked")
        List<String> exported = (List<String>) p.privacy().export(ana).get("guesses");
        assertThat(exported).anyMatch(l -> l.contains("Ana's answer")).anyMatch(l -> l.startsWith("guess Inclined"));

        p.privacy().deleteAll(ana);

        assertThat(p.guesses().find(mine)).isEmpty();
        assertThat(p.guesses().guesses(theirs)).isEmpty();
        assertThat(p.guesses().find(theirs)).isPresent();
        assertThat(((Map<String, Object>) p.privacy().export(ana)).get("guesses")).isEqualTo(List.of());
    }
}
