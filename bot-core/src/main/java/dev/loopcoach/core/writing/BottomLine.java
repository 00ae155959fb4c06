package dev.loopcoach.core.writing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Does the reader get the point first? True when the first section is titled as a summary or recommendation,
 * or when one of the first two sentences states a recommendation, an ask or a decision ("We recommend ...",
 * "This memo proposes ...", "I will ...") or a result with its number ("Weekly sales fell 8% because ...",
 * "I cut checkout time by 40% ..."). A bare year is not a result.
 */
final class BottomLine {
    private static final Pattern SUMMARY_HEADING = Pattern.compile(
            "(?i).*\\b(summary|tl;?dr|bottom line|recommendation|recommendations|the ask|our ask|decision|conclusion|bluf|in short)\\b.*");
    private static final Pattern STATEMENT = Pattern.compile("(?i).*(\\brecommend|\\bpropos(e|es|ed|ing|al)\\b|\\b(we|i) (ask|request|need)\\b"
            + "|\\brequest(ing)? (approval|funding|a decision|headcount)|\\bdecision\\b|\\bdecided\\b|\\bconclu(de|sion)"
            + "|\\bbottom line\\b|\\bin short\\b|\\bin summary\\b|\\btl;?dr\\b|\\bthe answer is\\b|\\bmy answer\\b|\\bapprove"
            + "|\\bthis (memo|document|doc|paper|narrative|note) (recommends|proposes|asks|requests|argues|explains|describes"
            + "|summarizes|reports|shows|sets out|lays out)|\\b(we|i) will\\b|\\b(we|i) plan to\\b|\\bour plan\\b|\\bmy plan\\b"
            + "|\\b(goal|purpose) of this\\b|\\bin this (memo|document|doc|paper)\\b).*");
    private static final Pattern RESULT_VERB = Pattern.compile("(?i).*\\b(grew|grow|grows|rose|rise|rises|fell|fall|falls|dropped|drop"
            + "|declined|increased|increase|decreased|decrease|reduced|reduce|cut|saved|save|lifted|improved|improve|doubled"
            + "|tripled|halved|launched|delivered|shipped|missed|beat|exceeded|growth|up|down|raised|lowered|won|lost"
            + "|generated|added|removed|eliminated)\\b.*");

    private BottomLine() {
    }

    static boolean first(Memo memo) {
        List<Memo.Unit> units = memo.units();
        if (units.isEmpty()) {
            return false;
        }
        int i = 0;
        while (i < units.size() && units.get(i).heading()) {
            if (SUMMARY_HEADING.matcher(units.get(i).text()).matches()) {
                return true;
            }
            i++;
        }
        int checked = 0;
        for (; i < units.size() && checked < 2; i++) {
            Memo.Unit u = units.get(i);
            if (u.heading()) {
                break;
            }
            if (states(u.text())) {
                return true;
            }
            checked++;
        }
        return false;
    }

    /** A sentence that opens with a label such as "Executive summary:" or "Bottom line:". */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^\\W*(executive summary|summary|bottom line|tl;?dr|recommendation|the ask|our ask|decision|bluf|in short)\\s*[:\u2014-].*");

    private static boolean states(String sentence) {
        if (LABEL.matcher(sentence).matches() || STATEMENT.matcher(sentence).matches()) {
            return true;
        }
        boolean hasData = Words.of(sentence).stream().anyMatch(Words::isDataNumber);
        return hasData && RESULT_VERB.matcher(sentence.toLowerCase(Locale.ROOT)).matches();
    }
}
