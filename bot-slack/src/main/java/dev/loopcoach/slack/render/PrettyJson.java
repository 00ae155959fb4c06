package dev.loopcoach.slack.render;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;

/** Indents JSON for reading; text that is not JSON is returned unchanged. */
final class PrettyJson {
    private PrettyJson() {
    }

    static String format(String json) {
        try {
            return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                    .toJson(JsonParser.parseString(json));
        } catch (RuntimeException e) {
            return json;
        }
    }
}
