package dev.loopcoach.discord.peer;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.discord.interaction.ModalValues;
import dev.loopcoach.discord.render.DiscordLimits;
import dev.loopcoach.discord.render.TextChunker;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The interviewer's vote form: for each principle of the round (at most two, so four inputs within Discord's five), a
 * short vote and one line of evidence. The principle is written into each input's id, so the submitted form reads back
 * without asking the store which principles the round had.
 */
final class PeerVoteModal {
    static final String TITLE = "Your votes for this round";
    static final String VOTE_PLACEHOLDER = "SI, I, NI or SNI";
    static final String EVIDENCE_PLACEHOLDER = "One line the candidate said that earned the vote";
    static final int VOTE_MAX = 25;
    static final int EVIDENCE_MAX = 300;
    private static final String VOTE = "vote-";
    private static final String EVIDENCE = "evidence-";

    /** What the interviewer typed, per principle. */
    record Votes(Map<LeadershipPrinciple, String> votes, Map<LeadershipPrinciple, String> evidence) {
        Votes {
            votes = Map.copyOf(votes);
            evidence = Map.copyOf(evidence);
        }

        /** The evidence lines, to quote back if nothing was recorded. */
        String typed() {
            List<String> lines = new ArrayList<>();
            evidence.forEach((lp, line) -> {
                if (!line.isBlank()) {
                    lines.add(lp.displayName() + ": " + votes.getOrDefault(lp, "") + ", " + line);
                }
            });
            return String.join("\n", lines);
        }
    }

    private PeerVoteModal() {
    }

    static Modal create(long pairId, List<LeadershipPrinciple> principles) {
        Modal.Builder modal = Modal.create(new PeerComponent.VoteForm(pairId).customId(), TITLE);
        for (LeadershipPrinciple lp : principles.stream().limit(2).toList()) {
            modal.addComponents(
                    Label.of(label("Vote: ", lp), TextInput.create(VOTE + lp.name(), TextInputStyle.SHORT)
                            .setRequiredRange(1, VOTE_MAX).setPlaceholder(VOTE_PLACEHOLDER).build()),
                    Label.of(label("Evidence: ", lp), TextInput.create(EVIDENCE + lp.name(), TextInputStyle.SHORT)
                            .setRequiredRange(1, EVIDENCE_MAX).setPlaceholder(EVIDENCE_PLACEHOLDER).build()));
        }
        return modal.build();
    }

    /** Reads every principle's vote and evidence that the form carries. */
    static Votes read(ModalInteractionEvent event) {
        Map<LeadershipPrinciple, String> votes = new EnumMap<>(LeadershipPrinciple.class);
        Map<LeadershipPrinciple, String> evidence = new EnumMap<>(LeadershipPrinciple.class);
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            Optional<String> vote = ModalValues.text(event, VOTE + lp.name());
            Optional<String> line = ModalValues.text(event, EVIDENCE + lp.name());
            vote.ifPresent(v -> votes.put(lp, v));
            line.ifPresent(l -> evidence.put(lp, l));
        }
        return new Votes(votes, evidence);
    }

    static String voteInput(LeadershipPrinciple lp) {
        return VOTE + lp.name();
    }

    static String evidenceInput(LeadershipPrinciple lp) {
        return EVIDENCE + lp.name();
    }

    private static String label(String prefix, LeadershipPrinciple lp) {
        return TextChunker.shorten(prefix + lp.displayName(), DiscordLimits.MODAL_LABEL);
    }
}
