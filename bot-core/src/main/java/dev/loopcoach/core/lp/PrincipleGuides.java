package dev.loopcoach.core.lp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The 16 guides, read from {@code lp/<slug>.json} on the classpath. A missing or broken file is a build defect. */
public final class PrincipleGuides {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<LeadershipPrinciple, PrincipleGuide> guides;

    private PrincipleGuides(Map<LeadershipPrinciple, PrincipleGuide> guides) {
        this.guides = guides;
    }

    public static PrincipleGuides load() {
        Map<LeadershipPrinciple, PrincipleGuide> map = new EnumMap<>(LeadershipPrinciple.class);
        for (LeadershipPrinciple lp : LeadershipPrinciple.values()) {
            String name = "lp/" + lp.slug() + ".json";
            try (InputStream in = PrincipleGuides.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing principle guide " + name);
                }
                JsonNode n = JSON.readTree(in);
                map.put(lp, new PrincipleGuide(lp, n.path("meaning").asText(), list(n, "listenFor"),
                        list(n, "redFlags"), list(n, "deepDives"), list(n, "keywords")));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        return new PrincipleGuides(map);
    }

    public PrincipleGuide of(LeadershipPrinciple lp) {
        return guides.get(lp);
    }

    private static List<String> list(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.path(field).forEach(x -> out.add(x.asText()));
        return out;
    }
}
