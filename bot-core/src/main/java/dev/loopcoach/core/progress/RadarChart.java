package dev.loopcoach.core.progress;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Draws the 16 principles as a radar chart PNG (average vote, 1-4), headless, for platforms that show images. The rings
 * are labelled with the four votes, the title carries the date and the number of answers, the practised principles
 * form one filled shape (joined in order, even when they are not neighbours), and unpractised ones are greyed with a
 * hollow marker. An opaque white card with dark text reads the same in light and dark chat themes.
 */
public final class RadarChart {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 860;
    private static final int RADIUS = 300;
    private static final Color INK = new Color(35, 47, 62);
    private static final Color GRID = new Color(214, 219, 226);
    private static final Color MUTED = new Color(150, 157, 168);
    private static final Color FILL = new Color(255, 153, 0, 120);
    private static final Color EDGE = new Color(214, 110, 0);
    private static final String[] RING_LABELS = {"Strongly Not Inclined", "Not Inclined", "Inclined", "Strongly Inclined"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT);

    static {
        // Drawing must never need a display, on servers or in CI.
        System.setProperty("java.awt.headless", "true");
    }

    private RadarChart() {
    }

    public static byte[] png(List<LpProgress> perLp) {
        return png(perLp, Optional.empty());
    }

    /** @param on the day the chart shows, printed in its title */
    public static byte[] png(List<LpProgress> perLp, Optional<LocalDate> on) {
        return dev.loopcoach.core.reply.Png.draw(WIDTH, HEIGHT, g -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int cx = WIDTH / 2;
            int cy = HEIGHT / 2 + 30;
            int n = perLp.size();
            title(g, perLp, on);
            rings(g, cx, cy, n);
            shape(g, cx, cy, perLp);
            labels(g, cx, cy, perLp);
        });
    }

    private static void title(Graphics2D g, List<LpProgress> perLp, Optional<LocalDate> on) {
        int answers = perLp.stream().mapToInt(LpProgress::answers).sum();
        long practised = perLp.stream().filter(p -> p.answers() > 0).count();
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        g.drawString("Your Leadership Principles: average vote", 32, 42);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        g.setColor(MUTED);
        g.drawString(on.map(d -> DAY.format(d) + "  ·  ").orElse("") + answers + (answers == 1 ? " answer" : " answers")
                + "  ·  " + practised + " of " + perLp.size() + " principles practised  ·  each label: average (answers)", 32, 68);
    }

    private static void rings(Graphics2D g, int cx, int cy, int n) {
        g.setStroke(new BasicStroke(1f));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int ring = 1; ring <= 4; ring++) {
            double fraction = ring / 4.0;
            g.setColor(GRID);
            g.drawPolygon(polygon(cx, cy, n, i -> fraction));
            g.setColor(MUTED);
            g.drawString(ring + " " + RING_LABELS[ring - 1], cx + 6, cy - (int) (RADIUS * fraction) + 14);
        }
        g.setColor(GRID);
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            g.drawLine(cx, cy, cx + (int) (Math.cos(a) * RADIUS), cy + (int) (Math.sin(a) * RADIUS));
        }
    }

    /** The practised principles joined in order: one filled shape, never a bundle of bare spokes. */
    private static void shape(Graphics2D g, int cx, int cy, List<LpProgress> perLp) {
        int n = perLp.size();
        Polygon values = new Polygon();
        for (int i = 0; i < n; i++) {
            LpProgress p = perLp.get(i);
            if (p.answers() > 0) {
                double r = RADIUS * Math.max(0.25, Math.min(4, p.average()) / 4.0);
                double a = angle(i, n);
                values.addPoint(cx + (int) Math.round(Math.cos(a) * r), cy + (int) Math.round(Math.sin(a) * r));
            }
        }
        if (values.npoints >= 3) {
            g.setColor(FILL);
            g.fillPolygon(values);
        }
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(3f));
        if (values.npoints >= 2) {
            g.drawPolygon(values);
        }
        for (int k = 0; k < values.npoints; k++) {
            g.fillOval(values.xpoints[k] - 6, values.ypoints[k] - 6, 12, 12);
        }
        g.setStroke(new BasicStroke(2f));
        g.setColor(MUTED);
        for (int i = 0; i < n; i++) {
            if (perLp.get(i).answers() == 0) {
                double a = angle(i, n);
                int x = cx + (int) Math.round(Math.cos(a) * RADIUS * 0.25);
                int y = cy + (int) Math.round(Math.sin(a) * RADIUS * 0.25);
                g.drawOval(x - 5, y - 5, 10, 10);
            }
        }
    }

    private static void labels(Graphics2D g, int cx, int cy, List<LpProgress> perLp) {
        int n = perLp.size();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i < n; i++) {
            LpProgress p = perLp.get(i);
            String label = shortName(p.lp()) + (p.answers() == 0 ? " (not yet)"
                    : String.format(Locale.ROOT, " %.1f (%d)", p.average(), p.answers()));
            double a = angle(i, n);
            int x = cx + (int) (Math.cos(a) * (RADIUS + 20));
            int y = cy + (int) (Math.sin(a) * (RADIUS + 20));
            int w = fm.stringWidth(label);
            int tx = Math.cos(a) < -0.2 ? x - w : Math.cos(a) > 0.2 ? x : x - w / 2;
            tx = Math.max(8, Math.min(WIDTH - w - 8, tx));
            int ty = y + fm.getAscent() / 2 + (Math.sin(a) > 0.9 ? 8 : Math.sin(a) < -0.9 ? -6 : 0);
            g.setColor(p.answers() == 0 ? MUTED : INK);
            g.drawString(label, tx, ty);
        }
    }

    private interface Radius {
        double of(int i);
    }

    private static Polygon polygon(int cx, int cy, int n, Radius r) {
        Polygon p = new Polygon();
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            p.addPoint(cx + (int) Math.round(Math.cos(a) * RADIUS * r.of(i)), cy + (int) Math.round(Math.sin(a) * RADIUS * r.of(i)));
        }
        return p;
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    static String shortName(LeadershipPrinciple lp) {
        return switch (lp) {
            case BACKBONE -> "Backbone; Disagree & Commit";
            case BEST_EMPLOYER -> "Earth's Best Employer";
            case BROAD_RESPONSIBILITY -> "Broad Responsibility";
            case HIGHEST_STANDARDS -> "Highest Standards";
            case HIRE_AND_DEVELOP -> "Hire and Develop";
            default -> lp.displayName();
        };
    }
}
