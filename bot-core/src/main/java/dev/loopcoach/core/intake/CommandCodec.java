package dev.loopcoach.core.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.loopcoach.core.command.CoachCommand;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A command as it is written into the inbox: {@code {"type":"Skip","args":{...}}}, the record's simple name and its
 * components. The name is looked up among {@link CoachCommand}'s permitted records, so a new command needs no entry
 * here and a letter written by an older build still reads as long as its record keeps its name and components.
 */
public final class CommandCodec {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Map<String, Class<?>> TYPES = Arrays.stream(CoachCommand.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private CommandCodec() {
    }

    public static String encode(CoachCommand command) {
        ObjectNode out = JSON.createObjectNode();
        out.put("type", command.getClass().getSimpleName());
        out.set("args", JSON.valueToTree(command));
        return out.toString();
    }

    /** @throws IllegalArgumentException when the text is not a command this build knows */
    public static CoachCommand decode(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            Class<?> type = TYPES.get(node.path("type").asText(""));
            if (type == null) {
                throw new IllegalArgumentException("unknown command type: " + node.path("type").asText(""));
            }
            return (CoachCommand) JSON.treeToValue(node.path("args"), type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored command: " + e.getOriginalMessage(), e);
        }
    }
}
