package dev.loopcoach.discord.render;

import dev.loopcoach.core.reply.Action;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;

/** The buttons for a reply's actions, five to a row, with the custom ids the component store issued. */
public final class ButtonsView {

    private ButtonsView() {
    }

    public static List<ActionRow> rows(List<Action> actions, List<String> customIds) {
        if (actions.size() != customIds.size()) {
            throw new IllegalArgumentException("one custom id per action");
        }
        int max = DiscordLimits.ACTION_ROWS * DiscordLimits.BUTTONS_PER_ROW;
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < actions.size() && i < max; i++) {
            buttons.add(button(actions.get(i), customIds.get(i)));
        }
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += DiscordLimits.BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + DiscordLimits.BUTTONS_PER_ROW))));
        }
        return rows;
    }

    static Button button(Action action, String customId) {
        String label = TextChunker.shorten(action.label(), DiscordLimits.BUTTON_LABEL);
        switch (action) {
            case ANSWER:
                return Button.primary(customId, label);
            case NEW_INTERVIEW:
            case RESUME:
                return Button.success(customId, label);
            case END:
            case CONFIRM_DELETE:
                return Button.danger(customId, label);
            default:
                return Button.secondary(customId, label);
        }
    }
}
