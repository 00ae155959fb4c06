package dev.loopcoach.core.reply;

import java.util.List;

/**
 * Platform-neutral pieces of a reply. All text is plain (no platform markup); renderers add styling
 * and escape it. {@link Quote} carries the user's own words and must be rendered without mentions.
 */
public sealed interface Block {

    /** A short title line, e.g. "Feedback" or "Question 2 of 3". */
    record Heading(String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** A titled list; {@code title} may be empty. */
    record Bullets(String title, List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** Words quoted from the user's answer, shown as evidence. */
    record Quote(String text) implements Block {
    }

    /** Short label/value pairs (scores, counts). */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    record Field(String name, String value) {
    }

    /** A question to answer, with its tags (LP names first, then category and level). */
    record QuestionCard(String questionId, String label, String text, List<String> tags) implements Block {
        public QuestionCard {
            tags = List.copyOf(tags);
        }
    }

    /** A PNG image (e.g. the LP radar chart); adapters that cannot show images use {@code altText}. */
    record Image(String fileName, byte[] png, String altText) implements Block {
    }

    /** A file to hand over (e.g. the JSON export); adapters attach or upload it, the console writes it to disk. */
    record Attachment(String fileName, String mediaType, byte[] content, String summary) implements Block {
    }

    record Divider() implements Block {
    }

    /**
     * A moment ahead, such as the end of a written exercise's time box: each surface shows it in its own idiom (Discord's
     * live countdown, Slack's date in the reader's own time zone, the console's local clock). {@code label} comes first,
     * e.g. "Time box ends".
     */
    record Deadline(String label, java.time.Instant at) implements Block {
        public Deadline {
            java.util.Objects.requireNonNull(label, "label");
            java.util.Objects.requireNonNull(at, "at");
        }

        /** The deadline as plain text in UTC, for surfaces that cannot show it in the reader's zone. */
        public String utc() {
            return label + " at " + java.time.format.DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ROOT)
                    .format(at.atZone(java.time.ZoneOffset.UTC)) + " UTC.";
        }
    }
}
