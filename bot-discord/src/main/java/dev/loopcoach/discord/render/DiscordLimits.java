package dev.loopcoach.discord.render;

/**
 * Discord's documented size limits (developers docs, resources/message and components/reference). Every
 * message, embed, button and modal the adapter builds stays inside these.
 */
public final class DiscordLimits {
    public static final int CONTENT = 2000;
    public static final int EMBEDS_PER_MESSAGE = 10;
    /** Characters across all embeds of one message (titles, descriptions, fields, footers, authors). */
    public static final int EMBED_TOTAL_PER_MESSAGE = 6000;
    public static final int EMBED_TITLE = 256;
    public static final int EMBED_DESCRIPTION = 4096;
    public static final int EMBED_FIELDS = 25;
    public static final int FIELD_NAME = 256;
    public static final int FIELD_VALUE = 1024;
    public static final int FOOTER = 2048;
    public static final int ACTION_ROWS = 5;
    public static final int BUTTONS_PER_ROW = 5;
    public static final int BUTTON_LABEL = 80;
    public static final int CUSTOM_ID = 100;
    public static final int MODAL_TITLE = 45;
    public static final int MODAL_LABEL = 45;
    public static final int TEXT_INPUT_MAX = 4000;
    public static final int TEXT_INPUT_PLACEHOLDER = 100;
    public static final int AUTOCOMPLETE_CHOICES = 25;
    public static final int CHOICE_NAME = 100;
    public static final int ATTACHMENT_DESCRIPTION = 1024;

    private DiscordLimits() {
    }
}
