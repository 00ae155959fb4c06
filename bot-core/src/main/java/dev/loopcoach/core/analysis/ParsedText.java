package dev.loopcoach.core.analysis;

import java.util.List;

/**
 * A text split into sentences and tokens, once, so that every detector works on the same view.
 *
 * @param source the analysed text (the input, cut to {@link TextParser#MAX_ANALYSED_CHARS} if it was longer)
 * @param words words of the whole input, also beyond the cut
 * @param truncated whether the input was longer than what was analysed
 */
public record ParsedText(String source, List<Token> tokens, List<Sentence> sentences, int words, boolean truncated,
        String[] quoteCache) {

    /** {@code tokens} and {@code sentences} are taken over, not copied: the caller must not change them afterwards. */
    public ParsedText(String source, List<Token> tokens, List<Sentence> sentences, int words, boolean truncated) {
        this(source, java.util.Collections.unmodifiableList(tokens), java.util.Collections.unmodifiableList(sentences),
                words, truncated, new String[sentences.size()]);
    }

    /** The sentence as a trimmed quote ({@link Quotes#trim}), computed once per sentence. */
    public String quote(int sentence) {
        String q = quoteCache[sentence];
        if (q == null) {
            q = Quotes.trim(text(sentences.get(sentence)));
            quoteCache[sentence] = q;
        }
        return q;
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
