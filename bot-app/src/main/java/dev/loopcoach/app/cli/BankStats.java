package dev.loopcoach.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.Locale;

/** {@code ./coach bank stats [--json]}: counts by category, primary principle and level (exact LP names as keys). */
public final class BankStats {
    private BankStats() {
    }

    public static String json(QuestionBank bank) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("total", bank.size());
        ObjectNode byCategory = root.putObject("byCategory");
        for (Category c : Category.values()) {
            byCategory.put(c.key(), bank.byCategory(c).size());
        }
        ObjectNode byLp = root.putObject("byPrimaryLp");
        for (LeadershipPrinciple lp : LeadershipPrinciple.values()) {
            byLp.put(lp.displayName(), bank.byPrimaryLp(lp).size());
        }
        ObjectNode byLevel = root.putObject("byLevel");
        for (Level l : Level.values()) {
            byLevel.put(l.key(), bank.matching(q -> q.levels().contains(l)).size());
        }
        ObjectNode behavioralByLp = root.putObject("behavioralByPrimaryLp");
        for (LeadershipPrinciple lp : LeadershipPrinciple.values()) {
            behavioralByLp.put(lp.displayName(), bank.matching(q -> q.category() == Category.BEHAVIORAL
                    && q.primaryLp().filter(lp::equals).isPresent()).size());
        }
        return root.toString();
    }

    public static String text(QuestionBank bank) {
        StringBuilder sb = new StringBuilder();
        sb.append("Questions: ").append(bank.size()).append('\n').append("By category:\n");
        for (Category c : Category.values()) {
            sb.append(String.format(Locale.ROOT, "  %-28s %4d%n", c.label(), bank.byCategory(c).size()));
        }
        sb.append("By primary Leadership Principle:\n");
        for (LeadershipPrinciple lp : LeadershipPrinciple.values()) {
            sb.append(String.format(Locale.ROOT, "  %-46s %4d%n", lp.displayName(), bank.byPrimaryLp(lp).size()));
        }
        sb.append("By level (a question can fit several):\n");
        for (Level l : Level.values()) {
            sb.append(String.format(Locale.ROOT, "  %-28s %4d%n", l.label(), bank.matching((Question q) -> q.levels().contains(l)).size()));
        }
        return sb.toString();
    }
}
