package dev.loopcoach.slack.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;

/** Small factories for the few Block Kit pieces we use, each clamped to Slack's limits. */
public final class BlockKit {
    private BlockKit() {
    }

    /** A section of already-escaped mrkdwn (at most 3,000 characters; callers chunk longer text). */
    public static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(markdown(Mrkdwn.truncate(nonEmpty(mrkdwn), SlackLimits.SECTION_TEXT))).build();
    }

    public static SectionBlock fields(List<String> mrkdwnFields) {
        List<TextObject> fields = mrkdwnFields.stream()
                .limit(SlackLimits.SECTION_FIELDS)
                .map(f -> (TextObject) markdown(Mrkdwn.truncate(nonEmpty(f), SlackLimits.FIELD_TEXT)))
                .toList();
        return SectionBlock.builder().fields(fields).build();
    }

    public static HeaderBlock header(String plain) {
        return HeaderBlock.builder().text(plain(Mrkdwn.truncate(nonEmpty(plain), SlackLimits.HEADER_TEXT))).build();
    }

    /** A context line of escaped mrkdwn. */
    public static ContextBlock context(String mrkdwn) {
        List<ContextBlockElement> els = List.of(markdown(Mrkdwn.truncate(nonEmpty(mrkdwn), SlackLimits.CONTEXT_TEXT)));
        return ContextBlock.builder().elements(els).build();
    }

    public static DividerBlock divider() {
        return DividerBlock.builder().build();
    }

    public static ActionsBlock actions(String blockId, List<ButtonElement> buttons) {
        List<BlockElement> els = buttons.stream().limit(SlackLimits.ACTION_ELEMENTS).map(b -> (BlockElement) b).toList();
        return ActionsBlock.builder().blockId(blockId).elements(els).build();
    }

    /** A button; {@code style} is null, "primary" or "danger"; {@code value} may be null. */
    public static ButtonElement button(String actionId, String label, String value, String style) {
        if (actionId.length() > SlackLimits.ID) {
            throw new IllegalArgumentException("action_id longer than 255 characters");
        }
        return ButtonElement.builder()
                .actionId(actionId)
                .text(plain(Mrkdwn.truncate(label, SlackLimits.BUTTON_TEXT)))
                .value(value == null ? null : Mrkdwn.truncate(value, SlackLimits.BUTTON_VALUE))
                .style(style)
                .build();
    }

    public static ConfirmationDialogObject confirm(String title, String text, String yes, String no) {
        return ConfirmationDialogObject.builder()
                .title(plain(Mrkdwn.truncate(title, SlackLimits.CONFIRM_TITLE)))
                .text(plain(Mrkdwn.truncate(text, SlackLimits.CONFIRM_TEXT)))
                .confirm(plain(Mrkdwn.truncate(yes, SlackLimits.CONFIRM_BUTTON)))
                .deny(plain(Mrkdwn.truncate(no, SlackLimits.CONFIRM_BUTTON)))
                .style("danger")
                .build();
    }

    public static MarkdownTextObject markdown(String mrkdwn) {
        return MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build();
    }

    public static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(true).build();
    }

    /** The text of a block as Slack would count it, for budgeting; 0 for blocks without text. */
    public static int textLength(LayoutBlock block) {
        if (block instanceof SectionBlock s) {
            int n = s.getText() == null ? 0 : s.getText().getText().length();
            if (s.getFields() != null) {
                n += s.getFields().stream().mapToInt(f -> f.getText().length()).sum();
            }
            return n;
        }
        if (block instanceof HeaderBlock h) {
            return h.getText().getText().length();
        }
        if (block instanceof ContextBlock c) {
            return c.getElements().stream()
                    .mapToInt(e -> e instanceof TextObject t ? t.getText().length() : 0)
                    .sum();
        }
        return 0;
    }

    private static String nonEmpty(String s) {
        return s == null || s.isBlank() ? " " : s;
    }

    /** A modal with its callback id, title, submit and close labels, metadata and blocks. */
    public static com.slack.api.model.view.View modal(String callbackId, String title, String submit, String close,
                                                      String privateMetadata, List<LayoutBlock> blocks) {
        return com.slack.api.model.view.View.builder()
                .type("modal")
                .callbackId(callbackId)
                .title(com.slack.api.model.view.ViewTitle.builder().type("plain_text").text(title).build())
                .submit(com.slack.api.model.view.ViewSubmit.builder().type("plain_text").text(submit).build())
                .close(com.slack.api.model.view.ViewClose.builder().type("plain_text").text(close).build())
                .privateMetadata(privateMetadata)
                .blocks(blocks)
                .build();
    }

    /** A required multi-line field for a whole STAR answer, as long as Slack allows. */
    public static com.slack.api.model.block.InputBlock answerInput(String blockId, String actionId, String hint) {
        return com.slack.api.model.block.InputBlock.builder()
                .blockId(blockId)
                .label(plain("Your answer"))
                .hint(plain(hint))
                .optional(false)
                .element(com.slack.api.model.block.element.PlainTextInputElement.builder()
                        .actionId(actionId)
                        .multiline(true)
                        .maxLength(SlackLimits.PLAIN_TEXT_INPUT)
                        .placeholder(plain("Situation, task, what you did, and the result (with numbers)"))
                        .build())
                .build();
    }
}
