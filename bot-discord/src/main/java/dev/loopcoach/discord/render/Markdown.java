package dev.loopcoach.discord.render;

import java.util.regex.Pattern;

/**
 * Turns the core's plain text into Discord markdown that shows exactly those characters: markdown
 * symbols are escaped and mass-mention words are broken with a zero-width space, so even text that
 * echoes a user (quotes, story titles) can neither format nor ping.
 */
public final class Markdown {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\*_~`|\\[\\]<])");
    /** Symbols that only format at the start of a line: quotes, headings, list markers, numbered lists. */
    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([>#+-])");
    private static final Pattern NUMBERED = Pattern.compile("(?m)^(\\s*\\d+)\\.");
    private static final Pattern MASS_MENTION = Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);

    private Markdown() {
    }

    /** Escapes one line or paragraph of plain text. */
    public static String escape(String plain) {
        if (plain == null || plain.isEmpty()) {
            return "";
        }
        String escaped = SPECIAL.matcher(plain).replaceAll("\\\\$1");
        escaped = LINE_START.matcher(escaped).replaceAll("$1\\\\$2");
        escaped = NUMBERED.matcher(escaped).replaceAll("$1\\\\.");
        return MASS_MENTION.matcher(escaped).replaceAll("@\u200b$1");
    }

    /** Bold, with the inner text escaped. */
    public static String bold(String plain) {
        return "**" + escape(plain) + "**";
    }

    /** For places without markdown (embed titles, field names, button labels): only breaks mass mentions. */
    public static String plain(String text) {
        return text == null ? "" : MASS_MENTION.matcher(text).replaceAll("@\u200b$1");
    }
}
