package dev.loopcoach.discord.render;

import java.util.Objects;
import java.util.regex.Pattern;

/** A file sent with a message (the radar PNG, a data export). {@code description} is the alt text. */
public record OutgoingFile(String fileName, byte[] data, String description) {
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    public OutgoingFile {
        Objects.requireNonNull(data, "data");
        fileName = safeName(fileName);
        description = description == null ? "" : TextChunker.shorten(description, DiscordLimits.ATTACHMENT_DESCRIPTION);
    }

    /** The reference an embed uses to show this file inline. */
    public String embedUrl() {
        return "attachment://" + fileName;
    }

    static String safeName(String name) {
        String cleaned = UNSAFE.matcher(name == null ? "" : name).replaceAll("_");
        if (cleaned.isEmpty() || cleaned.startsWith(".")) {
            cleaned = "file" + cleaned;
        }
        return cleaned.length() > 100 ? cleaned.substring(cleaned.length() - 100) : cleaned;
    }
}
