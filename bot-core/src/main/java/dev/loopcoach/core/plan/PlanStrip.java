package dev.loopcoach.core.plan;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Png;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The plan as a calendar strip: one row per week (Monday first), one cell per day with its date, a colour for what the
 * day holds and the principles it works on in short form, a legend, and the interview day marked.
 */
final class PlanStrip {
    private static final int CELL_W = 120;
    private static final int CELL_H = 64;
    private static final int MARGIN = 20;
    private static final int TITLE_H = 44;
    private static final int HEADER_H = 24;
    private static final int LEGEND_H = 40;
    /** Weeks drawn at most; a longer plan's later weeks are in the calendar file. */
    static final int MAX_WEEKS = 8;
    private static final Color INK = new Color(0x23, 0x2F, 0x3E);
    private static final Color MUTED = new Color(0x8A, 0x94, 0xA0);

    private PlanStrip() {
    }

    static Block.Image image(List<PlanDay> days, PlanRequest request) {
        return new Block.Image("prep-plan.png", png(days, request), alt(days, request));
    }

    static byte[] png(List<PlanDay> days, PlanRequest request) {
        LocalDate first = days.get(0).date().with(DayOfWeek.MONDAY);
        int weeks = Math.min(MAX_WEEKS, (int) (java.time.temporal.ChronoUnit.DAYS.between(first, request.interviewDate()) / 7) + 1);
        int width = MARGIN * 2 + CELL_W * 7;
        int height = MARGIN * 2 + TITLE_H + HEADER_H + CELL_H * weeks + LEGEND_H;
        return Png.draw(width, height, g -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
            g.drawString("Prep plan to " + request.interviewDate() + " (" + request.level().label() + ")", MARGIN, MARGIN + 24);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            int top = MARGIN + TITLE_H;
            for (int d = 0; d < 7; d++) {
                g.setColor(MUTED);
                g.drawString(DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH), MARGIN + d * CELL_W + 6, top + 16);
            }
            top += HEADER_H;
            for (int w = 0; w < weeks; w++) {
                for (int d = 0; d < 7; d++) {
                    LocalDate date = first.plusDays(w * 7L + d);
                    int x = MARGIN + d * CELL_W;
                    int y = top + w * CELL_H;
                    PlanDay day = find(days, date);
                    boolean interview = date.equals(request.interviewDate());
                    g.setColor(interview ? new Color(0x23, 0x2F, 0x3E) : day == null ? new Color(0xF4, 0xF5, 0xF7) : colour(day.kind()));
                    g.fillRoundRect(x + 2, y + 2, CELL_W - 4, CELL_H - 4, 10, 10);
                    g.setColor(interview ? Color.WHITE : day == null ? MUTED : INK);
                    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
                    g.drawString(date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), x + 8, y + 20);
                    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                    String label = interview ? "Interview" : day == null ? "" : cellText(day);
                    g.drawString(label, x + 8, y + 42);
                }
            }
            legend(g, top + weeks * CELL_H + 12);
        });
    }

    private static void legend(Graphics2D g, int y) {
        int x = MARGIN;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (PlanDay.Kind k : PlanDay.Kind.values()) {
            g.setColor(colour(k));
            g.fillRoundRect(x, y, 16, 16, 4, 4);
            g.setColor(INK);
            g.drawString(k.label(), x + 22, y + 13);
            x += 22 + g.getFontMetrics().stringWidth(k.label()) + 24;
        }
    }

    private static PlanDay find(List<PlanDay> days, LocalDate date) {
        for (PlanDay d : days) {
            if (d.date().equals(date)) {
                return d;
            }
        }
        return null;
    }

    /** Principles in initials ("DD", "CO") so a cell stays readable; the legend and the text name the kind. */
    private static String cellText(PlanDay d) {
        if (d.principles().isEmpty()) {
            return d.kind() == PlanDay.Kind.MOCK_LOOP ? "Full loop" : d.kind() == PlanDay.Kind.WRITING ? "Memo" : "Rest";
        }
        StringBuilder b = new StringBuilder();
        for (LeadershipPrinciple lp : d.principles()) {
            b.append(b.length() == 0 ? "" : " + ").append(initials(lp));
        }
        return b.toString();
    }

    static String initials(LeadershipPrinciple lp) {
        StringBuilder b = new StringBuilder();
        for (String w : lp.displayName().split("[ ,;]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    private static Color colour(PlanDay.Kind k) {
        return switch (k) {
            case QUESTION -> new Color(0xD6, 0xE9, 0xFF);
            case STORY -> new Color(0xFF, 0xE8, 0xC2);
            case WRITING -> new Color(0xE3, 0xD7, 0xFF);
            case MOCK_LOOP -> new Color(0xFF, 0xD1, 0xD1);
            case LIGHT -> new Color(0xD8, 0xF3, 0xDC);
        };
    }

    private static String alt(List<PlanDay> days, PlanRequest request) {
        long stories = days.stream().filter(d -> d.kind() == PlanDay.Kind.STORY).count();
        long questions = days.stream().filter(d -> d.kind() == PlanDay.Kind.QUESTION).count();
        return "Calendar strip of the prep plan to " + request.interviewDate() + ": " + questions + " question days, " + stories
                + " story days" + days.stream().filter(d -> d.kind() == PlanDay.Kind.MOCK_LOOP).findFirst()
                .map(d -> ", the full loop on " + d.date()).orElse("") + ".";
    }
}
