package dev.loopcoach.core.bank;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of interview question Loop Coach asks. {@code key} is what packs and commands use. */
public enum Category {
    BEHAVIORAL("behavioral", "Behavioral (Leadership Principles)"),
    PRODUCT_SENSE("product", "Product sense / design"),
    STRATEGY("strategy", "Product strategy"),
    METRICS("metrics", "Metrics / analytical"),
    TECHNICAL("technical", "Technical / system design"),
    PROGRAM("program", "Program / TPM"),
    RECRUITER_SCREEN("recruiter", "Recruiter screen"),
    WRITING("writing", "Writing");

    private final String key;
    private final String label;

    Category(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Accepts the key, the enum name, or common words users type ("lp", "design", "tpm", "system", "analytical"). */
    public static Optional<Category> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Category c : values()) {
            if (c.key.equals(t) || c.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(c);
            }
        }
        return switch (t) {
            case "lp", "lps", "leadership", "behavior", "behaviour", "behavioural" -> Optional.of(BEHAVIORAL);
            case "product_sense", "design", "product_design", "sense" -> Optional.of(PRODUCT_SENSE);
            case "metric", "analytical", "analytics", "data", "kpi", "kpis" -> Optional.of(METRICS);
            case "tech", "system", "system_design", "systems" -> Optional.of(TECHNICAL);
            case "tpm", "programme", "program_management" -> Optional.of(PROGRAM);
            case "recruiter_screen", "screen", "phone_screen" -> Optional.of(RECRUITER_SCREEN);
            case "write", "memo" -> Optional.of(WRITING);
            default -> Optional.empty();
        };
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(Category::key).toList());
    }
}
