package dev.loopcoach.slack.render;

/**
 * Escaping for Slack's mrkdwn. Slack only treats {@code <...>} as links and mentions ({@code <!channel>},
 * {@code <@U123>}), so escaping {@code & < >} makes any user text inert; we also never send
 * {@code link_names}, so a bare "@here" stays plain text.
 */
public final class Mrkdwn {
    private Mrkdwn() {
    }

    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Bold text (the text is escaped). Blank input stays empty so no stray asterisks appear. */
    public static String bold(String text) {
        String t = escape(text).strip();
        return t.isEmpty() ? "" : "*" + t.replace("*", "\u2217") + "*";
    }

    /** Shortens to at most {@code max} characters, ending with an ellipsis when cut; never splits a surrogate pair. */
    public static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
