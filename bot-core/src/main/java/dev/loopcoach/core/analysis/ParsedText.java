package dev.loopcoach.core.analysis;

import java.util.List;

/**
 * A text split into sentences and tokens, once, so that every detector works on the same view.
 *
 * @param source the analysed text (the input, cut to {@link TextParser#MAX_ANALYSED_CHARS} if it was longer)
 * @param words words of the whole input, also beyond the cut
 * @param truncated whether the input was longer than what was analysed
 */
public record ParsedText(String source, List<Token> tokens, List<Sentence> sentences, int words, boolean truncated) {

    public ParsedText {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    public String text(Sentence s) {
        return source.substring(s.start(), s.end());
    }

    public String text(int firstToken, int endToken) {
        return source.substring(tokens.get(firstToken).start(), tokens.get(endToken - 1).end());
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public Sentence sentence(int i) {
        return sentences.get(i);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
