package dev.loopcoach.core.handbook;

import dev.loopcoach.core.reply.BlockBudget;
import dev.loopcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The candidate's handbook: {@code /coach process}, {@code /coach levels}, {@code /coach star} and
 * {@code /coach tips [resume|thank-you|offer|mistakes|writing]}, written in our own words from the seed guide
 * and the project's facts. Common other names work too ("pay", "timeline", "cv", "negotiation"); an unknown topic
 * gets a friendly list of the valid ones.
 */
public final class CandidateHandbook implements Handbook {
    static final String TIPS = "tips";
    private static final String TIPS_PREFIX = "tips/";

    private final Map<String, HandbookPage> pages;
    private final Map<String, String> topicByName = new LinkedHashMap<>();
    private final Map<String, String> tipByName = new LinkedHashMap<>();

    public CandidateHandbook() {
        this.pages = HandbookPages.load();
        for (HandbookPage p : pages.values()) {
            Map<String, String> names = p.topic().startsWith(TIPS_PREFIX) ? tipByName : topicByName;
            String key = p.topic().startsWith(TIPS_PREFIX) ? p.topic().substring(TIPS_PREFIX.length()) : p.topic();
            names.put(normalize(key), p.topic());
            p.aliases().forEach(a -> names.putIfAbsent(normalize(a), p.topic()));
        }
    }

    /** Topic keys, in handbook order ("process", "levels", "star", "tips"). */
    public List<String> topics() {
        List<String> out = new ArrayList<>();
        for (String t : pages.keySet()) {
            String top = t.startsWith(TIPS_PREFIX) ? TIPS : t;
            if (!out.contains(top)) {
                out.add(top);
            }
        }
        return out;
    }

    /** Tip subjects ("resume", "thank-you", ...). */
    public List<String> tipTopics() {
        return pages.keySet().stream().filter(t -> t.startsWith(TIPS_PREFIX)).map(t -> t.substring(TIPS_PREFIX.length())).toList();
    }

    @Override
    public Reply topic(String topic, Optional<String> arg) {
        String t = normalize(topic == null ? "" : topic);
        if (t.equals("lp") || t.equals("lps") || t.equals("principles")) {
            return Reply.info("The Leadership Principles have their own command: /lp for all 16, or /lp <name> (e.g. /lp dive deep) "
                    + "for what one means, what interviewers probe, red flags and sample questions.");
        }
        if (t.equals(TIPS) || t.equals("tip")) {
            return tips(arg);
        }
        String key = topicByName.get(t);
        if (key == null) {
            // "/coach resume" and the like: a tip asked for without the word "tips".
            String tip = tipByName.get(t);
            if (tip != null) {
                return page(pages.get(tip));
            }
            return Reply.error("I don't have a handbook page on \"" + BlockBudget.shorten(topic == null ? "" : topic, 40)
                    + "\". Try one of: " + menu() + ".");
        }
        return page(pages.get(key));
    }

    private Reply tips(Optional<String> arg) {
        if (arg.isEmpty() || arg.get().isBlank()) {
            List<String> lines = new ArrayList<>();
            for (String tip : tipTopics()) {
                lines.add("/coach tips " + tip + ": " + pages.get(TIPS_PREFIX + tip).title());
            }
            return Reply.builder(Reply.Kind.INFO)
                    .heading("Tips")
                    .bullets("Pick a subject", lines)
                    .build();
        }
        String key = tipByName.get(normalize(arg.get()));
        if (key == null) {
            return Reply.error("I have no tips on \"" + BlockBudget.shorten(arg.get(), 40) + "\". Try: "
                    + String.join(", ", tipTopics().stream().map(x -> "/coach tips " + x).toList()) + ".");
        }
        return page(pages.get(key));
    }

    private String menu() {
        return "/coach process, /coach levels, /coach star, /coach tips [" + String.join("|", tipTopics()) + "], /coach lp [name]";
    }

    private static Reply page(HandbookPage p) {
        return Reply.builder(Reply.Kind.INFO).heading(p.title()).blocks(p.blocks()).build();
    }

    static String normalize(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('\u00e9', 'e').replaceAll("[\\s_]+", "-").replaceAll("^/+", "");
    }
}
