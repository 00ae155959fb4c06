package dev.loopcoach.slack.render;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.slack.interaction.ActionIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The interviewer's vote form of a peer mock round: for each principle of the kit (at most two), one of the four votes
 * and one line of evidence; and the parser that reads the submitted form back into the core's maps.
 */
public final class PeerVoteModalView {
    public static final String TITLE = "Your votes";
    public static final String SUBMIT = "Record votes";
    public static final String CLOSE = "Cancel";
    /** The longest line of evidence the core keeps. */
    public static final int MAX_EVIDENCE = 300;
    static final String NEED_EVIDENCE = "Add one line of evidence: what the candidate said that earned this vote.";

    private PeerVoteModalView() {
    }

    /** @param privateMetadata where the form came from (at most 3,000 characters) */
    public static View build(List<LeadershipPrinciple> principles, String privateMetadata) {
        if (privateMetadata.length() > SlackLimits.PRIVATE_METADATA) {
            throw new IllegalArgumentException("private_metadata longer than 3000 characters");
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(Mrkdwn.escape("For each principle, pick the vote you would give and write one line of "
                + "evidence from what the candidate said. Both of you then see your votes beside the coach's.")));
        for (LeadershipPrinciple lp : principles) {
            blocks.add(InputBlock.builder()
                    .blockId(voteBlock(lp))
                    .label(BlockKit.plain(Mrkdwn.truncate(lp.displayName() + ": your vote", 2000)))
                    .optional(false)
                    .element(StaticSelectElement.builder()
                            .actionId(ActionIds.PEER_VOTE_SELECT)
                            .placeholder(BlockKit.plain("Pick a vote"))
                            .options(Arrays.stream(Vote.values()).map(v -> OptionObject.builder()
                                    .text(BlockKit.plain(v.label())).value(v.label()).build()).toList())
                            .build())
                    .build());
            blocks.add(InputBlock.builder()
                    .blockId(evidenceBlock(lp))
                    .label(BlockKit.plain(Mrkdwn.truncate("Evidence for " + lp.displayName(), 2000)))
                    .hint(BlockKit.plain("One line, up to " + MAX_EVIDENCE + " characters."))
                    .optional(false)
                    .element(PlainTextInputElement.builder()
                            .actionId(ActionIds.PEER_EVIDENCE_INPUT)
                            .multiline(false)
                            .maxLength(MAX_EVIDENCE)
                            .placeholder(BlockKit.plain("What the candidate said that earned this vote"))
                            .build())
                    .build());
        }
        return BlockKit.modal(ActionIds.PEER_VOTE_MODAL, TITLE, SUBMIT, CLOSE, privateMetadata, blocks);
    }

    /** A submitted form: each principle's vote label and evidence, or what to fix (block id to message). */
    public record Form(Map<LeadershipPrinciple, String> votes, Map<LeadershipPrinciple, String> evidence,
                       Map<String, String> errors) {
        public Form {
            votes = Map.copyOf(votes);
            evidence = Map.copyOf(evidence);
            errors = Map.copyOf(errors);
        }

        /** Where a problem with the whole form is shown: under the first principle's evidence. */
        public Optional<String> firstBlock() {
            return LeadershipPrinciple.all().stream().filter(lp -> votes.containsKey(lp) || evidence.containsKey(lp))
                    .findFirst().map(PeerVoteModalView::evidenceBlock);
        }
    }

    /** Reads the form; a principle without a vote or with blank evidence gets an error under that field. */
    public static Form read(ViewState state) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null ? Map.of()
                : state.getValues();
        Map<LeadershipPrinciple, String> votes = new EnumMap<>(LeadershipPrinciple.class);
        Map<LeadershipPrinciple, String> evidence = new EnumMap<>(LeadershipPrinciple.class);
        Map<String, String> errors = new LinkedHashMap<>();
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            if (!values.containsKey(voteBlock(lp)) && !values.containsKey(evidenceBlock(lp))) {
                continue;
            }
            Optional<String> vote = value(values, voteBlock(lp), ActionIds.PEER_VOTE_SELECT, true);
            Optional<String> line = value(values, evidenceBlock(lp), ActionIds.PEER_EVIDENCE_INPUT, false);
            vote.ifPresentOrElse(v -> votes.put(lp, v), () -> errors.put(voteBlock(lp), "Pick a vote for " + lp.displayName()
                    + "."));
            line.ifPresentOrElse(e -> evidence.put(lp, e), () -> errors.put(evidenceBlock(lp), NEED_EVIDENCE));
        }
        return new Form(votes, evidence, errors);
    }

    public static String voteBlock(LeadershipPrinciple lp) {
        return ActionIds.PEER_VOTE_BLOCK + lp.slug();
    }

    public static String evidenceBlock(LeadershipPrinciple lp) {
        return ActionIds.PEER_EVIDENCE_BLOCK + lp.slug();
    }

    private static Optional<String> value(Map<String, Map<String, ViewState.Value>> values, String block, String action,
                                          boolean selected) {
        ViewState.Value v = values.getOrDefault(block, Map.of()).get(action);
        if (v == null) {
            return Optional.empty();
        }
        String text = selected ? (v.getSelectedOption() == null ? null : v.getSelectedOption().getValue()) : v.getValue();
        return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
    }
}
