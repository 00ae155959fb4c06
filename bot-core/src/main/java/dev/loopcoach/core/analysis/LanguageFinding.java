package dev.loopcoach.core.analysis;

import java.util.List;

/** All language issues in text order, and how many words they take up. */
public record LanguageFinding(List<LanguageIssue> issues, int fillerWords) {

    public LanguageFinding {
        issues = List.copyOf(issues);
    }

    public long count(LanguageIssue.Kind kind) {
        return issues.stream().filter(i -> i.kind() == kind).count();
    }
}
