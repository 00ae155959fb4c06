package dev.loopcoach.bench;

import dev.loopcoach.core.analysis.LanguageCheck;
import dev.loopcoach.core.analysis.LpTagger;
import dev.loopcoach.core.analysis.ParsedText;
import dev.loopcoach.core.analysis.StoryReader;
import dev.loopcoach.core.analysis.TextParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cost of each analysis stage on the same 300-word answer, to see where the time goes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StageBenchmark {
    private final TextParser parser = new TextParser();
    private LpTagger tagger;
    private StoryReader reader;
    private LanguageCheck language;
    private ParsedText parsed;

    @Setup
    public void setUp() {
        tagger = LpTagger.standard();
        reader = StoryReader.standard();
        language = LanguageCheck.standard();
        parsed = parser.parse(CoachingBenchmark.ANSWER);
    }

    @Benchmark
    public ParsedText parse() {
        return parser.parse(CoachingBenchmark.ANSWER);
    }

    @Benchmark
    public Object tagParsedAnswer() {
        return tagger.tag(parsed);
    }

    @Benchmark
    public Object readStory() {
        return reader.read(parsed);
    }

    @Benchmark
    public Object checkLanguage() {
        return language.check(parsed, 0);
    }
}
