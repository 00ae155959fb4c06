package dev.loopcoach.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.view.ViewState;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.slack.interaction.ActionIds;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The peer mock forms stay within Slack's modal limits, and their parsers read what Slack submits. */
class PeerFormsTest {

    @Test
    @DisplayName("the vote form for the two longest principles and the answer form fit Slack's modal limits")
    void givenWorstCases_theFormsFit() {
        List<LeadershipPrinciple> longest = LeadershipPrinciple.all().stream()
                .sorted(Comparator.comparingInt((LeadershipPrinciple lp) -> lp.displayName().length()).reversed())
                .limit(2).toList();

        LimitsChecker.modal(PeerVoteModalView.build(longest, "m".repeat(3_000)));
        LimitsChecker.modal(PeerAnswerModalView.build("m".repeat(3_000)));
    }

    @Test
    @DisplayName("a vote form reads back each principle's vote and evidence; a missing vote or blank evidence is an error under it")
    void givenASubmittedForm_thenVotesEvidenceAndErrorsAreRead() {
        LeadershipPrinciple owner = LeadershipPrinciple.OWNERSHIP;
        LeadershipPrinciple deep = LeadershipPrinciple.DIVE_DEEP;
        Map<String, Map<String, ViewState.Value>> values = new HashMap<>();
        values.put(PeerVoteModalView.voteBlock(owner), Map.of(ActionIds.PEER_VOTE_SELECT, selected("Strongly Inclined")));
        values.put(PeerVoteModalView.evidenceBlock(owner), Map.of(ActionIds.PEER_EVIDENCE_INPUT, typed("  owned the outage  ")));
        values.put(PeerVoteModalView.voteBlock(deep), Map.of(ActionIds.PEER_VOTE_SELECT, new ViewState.Value()));
        values.put(PeerVoteModalView.evidenceBlock(deep), Map.of(ActionIds.PEER_EVIDENCE_INPUT, typed(" \n ")));
        ViewState state = new ViewState();
        state.setValues(values);

        PeerVoteModalView.Form form = PeerVoteModalView.read(state);

        assertThat(form.votes()).containsExactlyEntriesOf(Map.of(owner, "Strongly Inclined"));
        assertThat(form.evidence()).containsExactlyEntriesOf(Map.of(owner, "owned the outage"));
        assertThat(form.errors()).containsOnlyKeys(PeerVoteModalView.voteBlock(deep), PeerVoteModalView.evidenceBlock(deep));
        assertThat(form.errors().get(PeerVoteModalView.voteBlock(deep))).contains("Pick a vote for Dive Deep");
        assertThat(form.errors().get(PeerVoteModalView.evidenceBlock(deep))).contains("one line of evidence");
        assertThat(form.firstBlock()).contains(PeerVoteModalView.evidenceBlock(owner));
    }

    @Test
    @DisplayName("a blank pasted answer reads as none")
    void givenABlankAnswer_thenThereIsNone() {
        ViewState state = new ViewState();
        state.setValues(Map.of(ActionIds.PEER_ANSWER_BLOCK, Map.of(ActionIds.PEER_ANSWER_INPUT, typed("   "))));
        assertThat(PeerAnswerModalView.answer(state)).isEmpty();
        state.setValues(Map.of(ActionIds.PEER_ANSWER_BLOCK, Map.of(ActionIds.PEER_ANSWER_INPUT, typed(" I led it. "))));
        assertThat(PeerAnswerModalView.answer(state)).contains("I led it.");
    }

    private static ViewState.Value selected(String value) {
        ViewState.SelectedOption option = new ViewState.SelectedOption();
        option.setValue(value);
        ViewState.Value v = new ViewState.Value();
        v.setSelectedOption(option);
        return v;
    }

    private static ViewState.Value typed(String text) {
        ViewState.Value v = new ViewState.Value();
        v.setValue(text);
        return v;
    }
}
