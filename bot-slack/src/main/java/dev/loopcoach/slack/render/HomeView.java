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
    /** Slack caps a view at 250 kB of JSON; text is most of it, so the progress part stays far below. */
    static final int TEXT_BUDGET = 60_000;
    private final MessageRenderer renderer;

    public HomeView(MessageRenderer renderer) {
        this.renderer = renderer;
    }

    public View build(Reply progress, boolean threadCoachingMuted) {
        return build(progress, threadCoachingMuted, java.util.Optional.empty());
    }

    /**
     * @param pictureFileId the Slack file of the progress picture, shown as an image block in place of its caption;
     *        empty keeps the caption (the text table below it says the same for screen readers)
     */
    public View build(Reply progress, boolean threadCoachingMuted, java.util.Optional<String> pictureFileId) {
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
        List<LayoutBlock> body = new ArrayList<>();
        Reply shown = progress;
        if (pictureFileId.isPresent()) {
            java.util.Optional<dev.loopcoach.core.reply.Block.Image> image = progress.blocks().stream()
                    .filter(dev.loopcoach.core.reply.Block.Image.class::isInstance)
                    .map(dev.loopcoach.core.reply.Block.Image.class::cast).findFirst();
            if (image.isPresent()) {
                body.add(com.slack.api.model.block.ImageBlock.builder()
                        .slackFile(com.slack.api.model.block.composition.SlackFileObject.builder().id(pictureFileId.get()).build())
                        .altText(altText(image.get().altText()))
                        .title(com.slack.api.model.block.composition.PlainTextObject.builder().text("Your principles at a glance").build())
                        .build());
                shown = new Reply(progress.kind(), progress.blocks().stream()
                        .filter(b -> !(b instanceof dev.loopcoach.core.reply.Block.Image)).toList(), progress.actions());
            }
        }
        body.addAll(renderer.blocks(dev.loopcoach.slack.command.SlackNames.RESPELLING.apply(shown)));
        List<LayoutBlock> blocks = new ArrayList<>(head);
        int chars = 0;
        for (int i = 0; i < body.size(); i++) {
            LayoutBlock b = body.get(i);
            chars += BlockKit.textLength(b);
            boolean last = i == body.size() - 1;
            if ((!last && blocks.size() - head.size() >= room - 1) || chars > TEXT_BUDGET) {
                blocks.add(BlockKit.context("There is more: use `/coach progress` for the full report."));
                break;
            }
            blocks.add(b);
        }
        blocks.add(BlockKit.divider());
        blocks.addAll(settings);
        return View.builder().type("home").callbackId(ActionIds.HOME_VIEW).blocks(blocks).build();
    }

    /** Slack takes at most 2,000 characters of alt text in an image block. */
    private static String altText(String alt) {
        return alt.length() <= 2000 ? alt : alt.substring(0, 1999) + "\u2026";
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
