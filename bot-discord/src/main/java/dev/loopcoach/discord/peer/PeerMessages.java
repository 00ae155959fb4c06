package dev.loopcoach.discord.peer;

import dev.loopcoach.core.port.PeerMockStore.Pair;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PeerMock.Step;
import dev.loopcoach.discord.render.DiscordLimits;
import dev.loopcoach.discord.render.MessagePlan;
import dev.loopcoach.discord.render.OutgoingMessage;
import dev.loopcoach.discord.render.ReplyView;
import dev.loopcoach.discord.render.TextChunker;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The Discord messages of peer mocks: the core's replies rendered by {@link ReplyView} within Discord's limits (no
 * mentions allowed, names stay plain text), the step buttons on the last message, and the core's console spelling
 * of {@code /mockinterview peer} respelled as Discord offers it (the {@code type: Peer mock} choice).
 */
final class PeerMessages {
    static final String PEER_CHOICE = "Peer mock";
    static final String KEPT = "What you typed, so nothing is lost:";
    /** Steps that end or change the round go on a second row, apart from the everyday ones. */
    private static final Set<Step> SECOND_ROW = EnumSet.of(Step.SWAP, Step.NO_SHOW, Step.FINISH);
    private static final Pattern CONSOLE = Pattern.compile("`?/mockinterview peer( cancel| \\[level] \\[when])?`?");

    private final ReplyView view = new ReplyView();

    /** The reply with a button per step on its last message; {@code pairId} rides on each button. */
    List<MessageCreateData> messages(Reply reply, List<Step> steps, long pairId) {
        List<MessagePlan> plans = view.render(respell(reply));
        List<ActionRow> rows = rows(steps, pairId);
        List<MessageCreateData> out = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            out.add(OutgoingMessage.of(plans.get(i), i == plans.size() - 1 ? rows : List.of()));
        }
        return out;
    }

    /** A reply without buttons. */
    List<MessageCreateData> note(Reply reply) {
        return messages(reply, List.of(), 0);
    }

    static List<ActionRow> rows(List<Step> steps, long pairId) {
        List<Button> first = new ArrayList<>();
        List<Button> second = new ArrayList<>();
        for (Step s : steps) {
            (SECOND_ROW.contains(s) ? second : first).add(button(s, pairId));
        }
        List<ActionRow> rows = new ArrayList<>();
        if (!first.isEmpty()) {
            rows.add(ActionRow.of(first));
        }
        if (!second.isEmpty()) {
            rows.add(ActionRow.of(second));
        }
        return rows;
    }

    static Button button(Step step, long pairId) {
        String id = new PeerComponent.Press(step, pairId).customId();
        return switch (step) {
            case ACCEPT -> Button.success(id, "Accept");
            case DECLINE -> Button.danger(id, "Decline");
            case KIT -> Button.primary(id, "Kit");
            case VOTE -> Button.primary(id, "Vote");
            case ANSWER -> Button.primary(id, "Paste answer");
            case SWAP -> Button.secondary(id, "Swap roles");
            case NO_SHOW -> Button.secondary(id, "Report a no-show");
            case FINISH -> Button.secondary(id, "Finish");
        };
    }

    /** The core's {@code /mockinterview peer [level] [when]} and {@code ... cancel} as Discord's options spell them. */
    static Reply respell(Reply reply) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : reply.blocks()) {
            if (b instanceof Block.Paragraph p) {
                blocks.add(new Block.Paragraph(respell(p.text())));
            } else if (b instanceof Block.Bullets l) {
                blocks.add(new Block.Bullets(respell(l.title()), l.items().stream().map(PeerMessages::respell).toList()));
            } else {
                blocks.add(b);
            }
        }
        return new Reply(reply.kind(), blocks, reply.actions());
    }

    static String respell(String text) {
        Matcher m = CONSOLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String tail = m.group(1) == null ? "" : m.group(1).equals(" cancel") ? " cancel: True" : " (options level, when)";
            m.appendReplacement(out, Matcher.quoteReplacement("/mockinterview type: " + PEER_CHOICE + tail));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "Peer mock: Ana and Bo", within Discord's 100 characters for a thread name. */
    static String threadName(Pair pair) {
        String name = "Peer mock: " + orPartner(pair.first().name()) + " and " + orPartner(pair.second().name());
        return TextChunker.shorten(name.replace('\n', ' '), 100);
    }

    /** Where the pair's private thread is (a channel link; our own text, no user text). */
    static MessageCreateData pointer(String threadId) {
        return OutgoingMessage.markdown("Your peer mock space is open: <#" + threadId + "> (only the two of you and the "
                + "server's moderators can see it).");
    }

    /** A notice followed by the person's own words, when what they typed was not taken. */
    static Reply kept(Reply notice, String typed) {
        if (typed == null || typed.isBlank()) {
            return notice;
        }
        String shown = typed.length() > DiscordLimits.TEXT_INPUT_MAX ? typed.substring(0, DiscordLimits.TEXT_INPUT_MAX) : typed;
        return Reply.builder(notice.kind()).blocks(notice.blocks()).paragraph(KEPT).quote(shown).build();
    }

    private static String orPartner(String name) {
        return name == null || name.isBlank() ? "a partner" : name;
    }
}
