package dev.loopcoach.core.testing;

import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One generated test input and the seed that regenerates it. A property test draws its cases from a fixed seed, so
 * every run checks the same inputs, and a failing case is reproduced from its seed alone: the generator applied to
 * {@code new Random(seed)} rebuilds it. {@code generator} names where the cases come from (the test's source method).
 * {@link #toString()} is the case's display name (index, seed and the input shortened and escaped to printable
 * ASCII), so a failing case is reported with its input.
 */
public record Generated<T>(String generator, int index, long seed, T value) {
    private static final int SHOW_WHOLE = 200;
    private static final int SHOW_HEAD = 120;
    private static final int SHOW_TAIL = 40;

    /**
     * {@code count} cases, each made by {@code generate} from its own {@code new Random(seed)}; the seeds come from
     * {@code testSeed}, so the list is the same on every run.
     */
    public static <T> Stream<Generated<T>> cases(String generator, long testSeed, int count,
            Function<Random, T> generate) {
        SplittableRandom seeds = new SplittableRandom(testSeed);
        long[] caseSeeds = seeds.longs(count).toArray();
        return IntStream.range(0, count)
                .mapToObj(i -> new Generated<>(generator, i, caseSeeds[i], generate.apply(new Random(caseSeeds[i]))));
    }

    /** Runs {@code code}; an exception or stack overflow becomes an assertion failure that names this case. */
    public <R> R call(Supplier<R> code) {
        try {
            return code.get();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("threw " + e + " on " + describe(), e);
        }
    }

    /** The case, its seed and how to regenerate it, for assertion messages. */
    public String describe() {
        return "case #" + index + " of " + generator + ", seed " + seed + "L (its generator on new Random(" + seed
                + "L) rebuilds the input), input " + shown();
    }

    @Override
    public String toString() {
        return "#" + index + " seed=" + seed + "L " + shown();
    }

    private String shown() {
        return value instanceof CharSequence s ? shorten(s.toString()) : String.valueOf(value);
    }

    /**
     * The text as a Java string literal of printable ASCII (controls, surrogates and other non-ASCII as {@code \\uXXXX}),
     * cut in the middle when longer than 200 characters, with its length.
     */
    public static String shorten(String text) {
        if (text.length() <= SHOW_WHOLE) {
            return "\"" + escape(text) + "\" (" + text.length() + " chars)";
        }
        return "\"" + escape(text.substring(0, SHOW_HEAD)) + "\"...\"" + escape(text.substring(text.length() - SHOW_TAIL))
                + "\" (" + text.length() + " chars)";
    }

    private static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        b.append(c);
                    } else {
                        b.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return b.toString();
    }
}
