package dev.loopcoach.core.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the built-in bank from the classpath ({@code bank/index.txt} lists its files) and then every
 * {@code *.json} pack in a custom folder on top. Any problem stops loading with one message naming them all.
 */
public final class BankLoader {
    private static final String INDEX = "bank/index.txt";
    private final PackReader reader = new PackReader();
    private final BankValidator validator = new BankValidator();

    public QuestionBank builtInOnly() {
        return load(null);
    }

    /** @param customDir folder of custom packs; may be null or missing (then only the built-in bank loads). */
    public QuestionBank load(Path customDir) {
        List<BankValidator.Sourced> all = new ArrayList<>();
        List<BankProblem> problems = new ArrayList<>();
        for (String name : builtInFiles()) {
            try (InputStream in = resource("bank/" + name)) {
                collect("built-in bank/" + name, in, all, problems);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (customDir != null && Files.isDirectory(customDir)) {
            for (Path file : packFiles(customDir)) {
                try (InputStream in = Files.newInputStream(file)) {
                    collect(file.toString(), in, all, problems);
                } catch (IOException e) {
                    problems.add(new BankProblem(file.toString(), null, "cannot be read (" + e.getMessage() + ")",
                            "check the file permissions"));
                }
            }
        }
        problems.addAll(validator.validate(all));
        if (!problems.isEmpty()) {
            throw new BankLoadException(problems);
        }
        return new QuestionBank(all.stream().map(BankValidator.Sourced::question).toList());
    }

    private void collect(String file, InputStream in, List<BankValidator.Sourced> all, List<BankProblem> problems) {
        PackReader.Result result = reader.read(file, in);
        problems.addAll(result.problems());
        result.questions().forEach(q -> all.add(new BankValidator.Sourced(file, q)));
    }

    private static List<Path> packFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> builtInFiles() {
        try (InputStream in = resource(INDEX)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BankLoader.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing classpath resource " + name);
        }
        return in;
    }
}
