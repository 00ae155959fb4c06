package dev.loopcoach.core.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DailyConfigTest {
    @Test
    void defaults_areTwoHoursGrace_threeCoachedReplies_eightWordAnswers() {
        DailyConfig d = DailyConfig.defaults();
        assertThat(d.grace()).isEqualTo(Duration.ofHours(2));
        assertThat(d.threadRepliesPerUser()).isEqualTo(3);
        assertThat(d.minAnswerWords()).isEqualTo(8);
        assertThat(d.withGrace(Duration.ofMinutes(15)).grace()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void outOfRangeValues_areRefused() {
        assertThatThrownBy(() -> DailyConfig.defaults().withGrace(Duration.ofHours(25))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DailyConfig.defaults().withGrace(Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DailyConfig(Duration.ZERO, 0, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DailyConfig(Duration.ZERO, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DailyConfig(Duration.ofHours(24), 5, 100).grace()).isEqualTo(Duration.ofHours(24));
    }
}
