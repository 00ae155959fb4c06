package dev.loopcoach.core.bank;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Amazon PM levels the bank is tagged with. PM I and PM II share one entry level. */
public enum Level {
    PM("pm", "PM I/II"),
    SENIOR("senior", "Senior PM"),
    PRINCIPAL("principal", "Principal PM");

    private final String key;
    private final String label;

    Level(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Level> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Level l : values()) {
            if (l.key.equals(t) || l.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(l);
            }
        }
        return switch (t) {
            case "pm1", "pm2", "pm_1", "pm_2", "pm_i", "pm_ii", "pmi", "pmii", "entry", "junior", "l5", "l4" -> Optional.of(PM);
            case "spm", "senior_pm", "sr", "l6" -> Optional.of(SENIOR);
            case "ppm", "principal_pm", "l7" -> Optional.of(PRINCIPAL);
            default -> Optional.empty();
        };
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(Level::key).toList());
    }
}
