package dev.loopcoach.discord.interaction;

import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Reads a text input of a submitted modal. JDA 6 understands the current layout (a Label wrapping the
 * input); a client may still send the older one (an action row of inputs), which JDA drops, so the raw
 * gateway payload is read as a fallback for both layouts.
 */
public final class ModalValues {

    private ModalValues() {
    }

    public static Optional<String> text(ModalInteractionEvent event, String inputId) {
        ModalMapping mapping = event.getValue(inputId);
        if (mapping != null) {
            return Optional.ofNullable(mapping.getAsString());
        }
        DataObject raw = event.getRawData();
        return raw == null ? Optional.empty() : fromRaw(raw, inputId);
    }

    static Optional<String> fromRaw(DataObject raw, String inputId) {
        DataObject interaction = raw.optObject("d").orElse(raw);
        Optional<DataArray> components = interaction.optObject("data").flatMap(d -> d.optArray("components"));
        return components.flatMap(list -> search(list, inputId));
    }

    private static Optional<String> search(DataArray list, String inputId) {
        for (int i = 0; i < list.length(); i++) {
            DataObject c = list.getObject(i);
            if (inputId.equals(c.getString("custom_id", null)) && !c.isNull("value") && c.hasKey("value")) {
                return Optional.of(c.getString("value"));
            }
            Optional<String> nested = c.optObject("component").flatMap(child -> search(DataArray.empty().add(child), inputId));
            if (nested.isPresent()) {
                return nested;
            }
            nested = c.optArray("components").flatMap(children -> search(children, inputId));
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }
}
