package dev.loopcoach.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The radar chart as a picture: practised principles that are not neighbours still form one filled shape. */
class RadarChartTest {
    /** Four principles practised, a quarter turn apart (north, east, south, west), each averaging 3 (Inclined). */
    private static List<LpProgress> fourApart() {
        List<LpProgress> out = new ArrayList<>();
        LeadershipPrinciple[] all = LeadershipPrinciple.values();
        for (int i = 0; i < all.length; i++) {
            boolean practised = i % 4 == 0;
            out.add(new LpProgress(all[i], practised ? 2 : 0, practised ? 3.0 : 0, Optional.empty(),
                    practised ? LpProgress.Trend.STEADY : LpProgress.Trend.NEW));
        }
        return out;
    }

    @Test
    void givenPractisedPrinciplesThatAreNotNeighbours_thenTheSpaceBetweenThemIsFilled_notBareSpokes() throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(RadarChart.png(fourApart(), Optional.of(LocalDate.of(2026, 12, 7)))));

        assertThat(img.getWidth()).isEqualTo(1000);
        int cx = img.getWidth() / 2;
        int cy = img.getHeight() / 2 + 30;
        // halfway between the north and east spokes, well inside the shape that joins them
        double a = -Math.PI / 4;
        int x = cx + (int) (Math.cos(a) * 90);
        int y = cy + (int) (Math.sin(a) * 90);
        Color c = new Color(img.getRGB(x, y));
        assertThat(c.getRed()).as("orange fill").isGreaterThan(200);
        assertThat(c.getBlue()).as("orange fill, not the white card").isLessThan(200);
    }
}
