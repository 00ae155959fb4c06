package dev.loopcoach.core.selection;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /question <id>}: the bank question a user named. A type or principle given with the id must fit the question;
 * an unknown id is answered with where ids are shown. Refusals are results carrying their message, not exceptions.
 */
public final class ChosenQuestion {
    private final QuestionBank bank;

    public ChosenQuestion(QuestionBank bank) {
        this.bank = bank;
    }

    /** The outcome of looking a question up by its id. */
    public sealed interface Lookup {
        record Found(Question question) implements Lookup {
        }

        record Refused(String message) implements Lookup {
        }
    }

    public Lookup find(QuestionId id, Optional<Category> type, Optional<LeadershipPrinciple> lp) {
        Optional<Question> found = bank.find(id);
        if (found.isEmpty()) {
            return new Lookup.Refused(unknown(id));
        }
        Question q = found.get();
        if (type.isPresent() && type.get() != q.category()) {
            return new Lookup.Refused(id + " is a " + q.category().label() + " question, not " + type.get().label()
                    + ". Use /question " + id + " on its own, or leave out the id for a " + type.get().label() + " question.");
        }
        if (lp.isPresent() && !q.targets(lp.get())) {
            String targets = q.lps().isEmpty() ? "" : " (it targets "
                    + q.lps().stream().map(LeadershipPrinciple::displayName).collect(Collectors.joining(", ")) + ")";
            return new Lookup.Refused(id + " does not target " + lp.get().displayName() + targets + ". Use /question " + id
                    + " on its own, or leave out the id for a " + lp.get().displayName() + " question.");
        }
        return new Lookup.Found(q);
    }

    /** Names the id, the range of its family when the bank has one ("mx-01 to mx-30"), and where ids are shown. */
    private String unknown(QuestionId id) {
        String v = id.value();
        int dash = v.lastIndexOf('-');
        String prefix = dash > 0 ? v.substring(0, dash + 1) : null;
        List<String> family = prefix == null ? List.of() : bank.all().stream().map(q -> q.id().value())
                .filter(other -> other.startsWith(prefix)).sorted().toList();
        String range = family.isEmpty() ? ""
                : family.size() == 1 ? " The only id starting with " + prefix + " is " + family.get(0) + "."
                : " Ids starting with " + prefix + " go from " + family.get(0) + " to " + family.get(family.size() - 1) + ".";
        return "No question with id '" + v + "'." + range + " Every question I ask shows its id (such as mx-01) next to it, "
                + "and the interview summary lists them, so you can come back to one with /question <id>. "
                + "Type /question on its own for a question picked for you.";
    }
}
