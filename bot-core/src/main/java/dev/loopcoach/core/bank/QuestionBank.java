package dev.loopcoach.core.bank;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The validated, immutable set of questions the coach can ask (built-in bank plus custom packs). */
public final class QuestionBank {
    private final Map<QuestionId, Question> byId;

    public QuestionBank(Collection<Question> questions) {
        Map<QuestionId, Question> map = new LinkedHashMap<>();
        for (Question q : questions) {
            if (map.putIfAbsent(q.id(), q) != null) {
                throw new IllegalArgumentException("duplicate question id " + q.id());
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(map);
    }

    public List<Question> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    public Optional<Question> find(QuestionId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Question> find(String id) {
        return QuestionId.isValid(id) ? find(new QuestionId(id)) : Optional.empty();
    }

    public List<Question> matching(Predicate<Question> filter) {
        return byId.values().stream().filter(filter).toList();
    }

    public List<Question> byCategory(Category category) {
        return matching(q -> q.category() == category);
    }

    public List<Question> byPrimaryLp(LeadershipPrinciple lp) {
        return matching(q -> q.primaryLp().filter(lp::equals).isPresent());
    }
}
