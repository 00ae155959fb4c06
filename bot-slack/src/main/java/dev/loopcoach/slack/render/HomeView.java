package dev.loopcoach.slack.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.view.View;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.interaction.ActionIds;
import java.util.ArrayList;
import java.util.List;

/**
 * The App Home tab: the user's progress (the core's ShowProgress reply), then their settings. Stays within
 * 100 blocks; when progress is longer, it is cut with a pointer to {@code /coach progress}.
 */
public final class HomeView {
    private final MessageRenderer renderer;

    public HomeView(MessageRenderer renderer) {
        this.renderer = renderer;
    }

    public View build(Reply progress, boolean threadCoachingMuted) {
        List<LayoutBlock> head = List.of(
                BlockKit.header("Loop Coach"),
                BlockKit.context("Practice for Amazon PM interviews: `/mockinterview` for a private mock interview, "
                        + "`/coach help` for everything else."),
                BlockKit.actions(ActionIds.ACTIONS_BLOCK, List.of(
                        BlockKit.button(ActionIds.forAction(Action.NEW_INTERVIEW), "Start a mock interview", null, "primary"),
                        BlockKit.button(ActionIds.forAction(Action.RESUME), Action.RESUME.label(), null, null))),
                BlockKit.divider());
        List<LayoutBlock> settings = settings(threadCoachingMuted);
        int room = SlackLimits.BLOCKS_PER_VIEW - head.size() - settings.size() - 1;
        List<LayoutBlock> body = renderer.blocks(progress);
        List<LayoutBlock> blocks = new ArrayList<>(head);
        if (body.size() > room) {
            blocks.addAll(body.subList(0, room - 1));
            blocks.add(BlockKit.context("There is more: use `/coach progress` for the full report."));
        } else {
            blocks.addAll(body);
        }
        blocks.add(BlockKit.divider());
        blocks.addAll(settings);
        return View.builder().type("home").callbackId(ActionIds.HOME_VIEW).blocks(blocks).build();
    }

    private static List<LayoutBlock> settings(boolean muted) {
        SectionBlock coaching = SectionBlock.builder()
                .text(BlockKit.markdown(muted
                        ? "*Thread coaching:* off. Your replies under daily questions get no coaching."
                        : "*Thread coaching:* on. Reply under a daily question to get feedback in the thread."))
                .accessory(muted
                        ? BlockKit.button(ActionIds.UNMUTE_THREADS, "Turn on", null, "primary")
                        : BlockKit.button(ActionIds.MUTE_THREADS, "Turn off", null, null))
                .build();
        return List.of(
                BlockKit.header("Settings"),
                coaching,
                BlockKit.context("Daily questions are set per channel by workspace admins: "
                        + "`/coach daily set 09:00 Europe/Berlin weekdays lp`."));
    }
}
