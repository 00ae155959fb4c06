package dev.loopcoach.slack.render;

/** Slack's published limits that our messages, modals and ids stay within (see docs/slack.md). */
public final class SlackLimits {
    public static final int SECTION_TEXT = 3000;
    public static final int SECTION_FIELDS = 10;
    public static final int FIELD_TEXT = 2000;
    public static final int HEADER_TEXT = 150;
    public static final int CONTEXT_ELEMENTS = 10;
    public static final int CONTEXT_TEXT = 3000;
    public static final int BLOCKS_PER_MESSAGE = 50;
    public static final int BLOCKS_PER_VIEW = 100;
    public static final int BUTTON_TEXT = 75;
    public static final int BUTTON_VALUE = 2000;
    public static final int ACTION_ELEMENTS = 25;
    public static final int ID = 255;
    public static final int VIEW_TITLE = 24;
    public static final int PRIVATE_METADATA = 3000;
    public static final int PLAIN_TEXT_INPUT = 3000;
    public static final int CONFIRM_TITLE = 100;
    public static final int CONFIRM_TEXT = 300;
    public static final int CONFIRM_BUTTON = 30;
    /**
     * Characters of block text we put in one message. Slack documents no total, but rejects large block
     * payloads with {@code msg_blocks_too_long} (seen around 13,000 characters), so we stay well below.
     */
    public static final int MESSAGE_TEXT_BUDGET = 11_000;
    /** Fallback {@code text} of a message with blocks (used in notifications). */
    public static final int FALLBACK_TEXT = 3000;
    /** response_url accepts 5 posts in 30 minutes; longer replies go to the direct message instead. */
    public static final int RESPONSE_URL_POSTS = 5;

    private SlackLimits() {
    }
}
