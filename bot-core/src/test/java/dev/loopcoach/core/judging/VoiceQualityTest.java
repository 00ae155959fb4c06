package dev.loopcoach.core.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * LP tagging, STAR parts, results, the numbers shown, ownership and verdicts on labeled sets written in twenty-seven voices
 * by independent writers, each given only the rubric (see docs/coaching.md, "Measured quality"). The newest pair of voices
 * is the held-out split: no rule is tuned on it, and it is looked at once, at the end of its tuning round. Every measure is
 * printed for every split next to its majority baseline.
 *
 * <p>Floors: the floors where the held-out split meets them; elsewhere a guard just under today's measured
 * value, so nothing slips back while the gap to the floor stays visible in the report.
 */
class VoiceQualityTest {
    static final List<String> TUNING = List.of(System.getProperty("quality.tuning", "nn1,spk2,b2b3,pri4,sw5,de9,pr8,pt6,es7,hc10,jp11,ng12,ops13,au14,eng15,kr16,ed17,zh18,gm19,ph20,md21,ag22,fn23,ar24,nl25,vn26,it27,tr28,mv29,pl30,sa31,ke32,fr33,id34,ca35,br36,sc37,th38,mb39,pk40,dc41,ru42,sv43,il44,gr45,ms46,fi47,hk48,lw49,pe50,ux51").split(","));
    static final List<String> HELD_OUT = List.of("pe50", "ux51");

    @Test
    @DisplayName("tuning voices (nn1 ... pe50, ux51): every measure reported, guarded")
    void tuningVoices() {
        Map<String, VoiceSet.Score> s = report("tuning", TUNING);
        if (TUNING.size() < 51) {
            return; // a partial run (-Dquality.tuning=...) reports only
        }
        assertThat(s.get("LP top-1").cases()).isGreaterThanOrEqualTo(2400);
        Map<String, Double> floors = new LinkedHashMap<>();
        // questions are tagged leave-one-voice-out: the prior never saw the writer whose questions it tags
        floors.put("LP top-1", 0.86);
        floors.put("LP top-3", 0.96);
        floors.put("STAR situation", 0.90);
        floors.put("STAR task", 0.86);
        floors.put("STAR action", 0.98);
        floors.put("STAR result", 0.89);
        floors.put("quantified", 0.89);
        floors.put("result numbers shown true", 0.90);
        floors.put("ownership", 0.82);
        floors.put("verdict in range", 0.80);
        floors.forEach((m, min) -> assertThat(s.get(m).rate()).as("tuning " + m).isGreaterThanOrEqualTo(min));
    }

    @Test
    @DisplayName("last held-out pair (pe50, ux51): scored once in round 18 before any rule saw it, tuning voices since round 19; the issue's floors where met, guards elsewhere")
    void heldOutVoices() {
        Map<String, VoiceSet.Score> s = report("held-out", HELD_OUT);
        assertThat(s.get("LP top-1").cases()).isEqualTo(120);
        Map<String, Double> floors = new LinkedHashMap<>();
        // at the floors (scored once, 8 December, session 11, round 18: no rule changed since round 17)
        floors.put("LP top-1", 0.80);
        floors.put("STAR situation", 0.90);
        floors.put("STAR action", 0.90);
        floors.put("STAR result", 0.90);
        floors.put("ownership", 0.85);
        floors.put("verdict in range", 0.85);
        floors.put("missing situation recall", 0.80);
        floors.put("missing task recall", 0.80);
        floors.put("missing action recall", 0.80);
        floors.put("missing result recall", 0.80);
        // below the floors (0.95 / 0.90): guards just under that look
        floors.put("LP top-3", 0.91);
        floors.put("STAR task", 0.85);
        floors.put("quantified", 0.88);
        floors.forEach((m, min) -> assertThat(s.get(m).rate()).as("held-out " + m).isGreaterThanOrEqualTo(min));
    }

    private static Map<String, VoiceSet.Score> report(String split, List<String> voices) {
        Map<String, VoiceSet.Score> s = VoiceSet.score(split, voices);
        s.values().forEach(x -> System.out.println("[quality] " + split + " " + x));
        return s;
    }
}
