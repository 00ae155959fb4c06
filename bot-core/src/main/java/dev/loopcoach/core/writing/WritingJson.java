package dev.loopcoach.core.writing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report as plain maps and lists, in a fixed key order, for JSON output. */
public final class WritingJson {
    private WritingJson() {
    }

    public static Map<String, Object> toMap(WritingReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("words", r.words());
        m.put("sentences", r.sentences());
        m.put("longSentences", r.longSentences().stream().map(LongSentence::sentence).toList());
        m.put("weaselWords", findings(r.weaselWords()));
        m.put("passiveSentences", r.passiveSentences());
        m.put("fkGrade", r.fkGrade());
        m.put("undefinedAcronyms", r.undefinedAcronyms());
        m.put("bottomLineFirst", r.bottomLineFirst());
        m.put("verdict", r.verdict().label());
        m.put("reasons", r.reasons());
        r.target().ifPresent(t -> {
            m.put("targetWords", t.words());
            m.put("maxWords", t.max());
        });
        m.put("length", r.length());
        m.put("averageSentenceWords", r.averageSentenceWords());
        m.put("longSentenceWords", r.longSentences().stream().map(LongSentence::words).toList());
        m.put("adjectivesWithoutData", findings(r.adjectivesWithoutData()));
        m.put("passiveExamples", r.passiveExamples());
        m.put("headings", r.headings());
        m.put("paragraphs", r.paragraphs());
        m.put("bullets", r.bullets());
        m.put("numbers", r.numbers());
        return m;
    }

    private static List<Map<String, String>> findings(List<WordFinding> list) {
        return list.stream().map(f -> {
            Map<String, String> x = new LinkedHashMap<>();
            x.put("word", f.word());
            x.put("sentence", f.sentence());
            x.put("rewrite", f.rewrite());
            x.put("advice", f.advice());
            return x;
        }).toList();
    }
}
