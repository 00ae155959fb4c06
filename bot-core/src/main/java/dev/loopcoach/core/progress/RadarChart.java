package dev.loopcoach.core.progress;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/** Draws the 16 principles as a radar chart PNG (average vote, 0-4), headless, for platforms that show images. */
public final class RadarChart {
    private static final int SIZE = 900;
    private static final int RADIUS = 270;

    static {
        // Drawing must never need a display, on servers or in CI.
        System.setProperty("java.awt.headless", "true");
    }

    private RadarChart() {
    }

    public static byte[] png(List<LpProgress> perLp) {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, SIZE, SIZE);
            int cx = SIZE / 2;
            int cy = SIZE / 2 + 10;
            int n = LeadershipPrinciple.values().length;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
            g.setColor(new Color(35, 47, 62));
            g.drawString("Leadership Principles: average vote (1-4)", 40, 40);
            g.setStroke(new BasicStroke(1f));
            for (int ring = 1; ring <= 4; ring++) {
                double fraction = ring / 4.0;
                g.setColor(new Color(220, 224, 230));
                g.drawPolygon(polygon(cx, cy, n, i -> fraction));
            }
            for (int i = 0; i < n; i++) {
                double a = angle(i, n);
                g.drawLine(cx, cy, cx + (int) (Math.cos(a) * RADIUS), cy + (int) (Math.sin(a) * RADIUS));
            }
            Polygon values = polygon(cx, cy, n, i -> Math.max(0, Math.min(4, perLp.get(i).average())) / 4.0);
            g.setColor(new Color(255, 153, 0, 110));
            g.fillPolygon(values);
            g.setColor(new Color(230, 120, 0));
            g.setStroke(new BasicStroke(3f));
            g.drawPolygon(values);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            FontMetrics fm = g.getFontMetrics();
            g.setColor(new Color(35, 47, 62));
            for (int i = 0; i < n; i++) {
                LpProgress p = perLp.get(i);
                String label = shortName(p.lp()) + " (" + p.answers() + ")";
                double a = angle(i, n);
                int x = cx + (int) (Math.cos(a) * (RADIUS + 24));
                int y = cy + (int) (Math.sin(a) * (RADIUS + 24));
                int w = fm.stringWidth(label);
                int tx = Math.cos(a) < -0.2 ? x - w : Math.cos(a) > 0.2 ? x : x - w / 2;
                tx = Math.max(4, Math.min(SIZE - w - 4, tx));
                g.drawString(label, tx, y + fm.getAscent() / 2);
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
