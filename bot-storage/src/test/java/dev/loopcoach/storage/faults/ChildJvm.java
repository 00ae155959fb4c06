package dev.loopcoach.storage.faults;

import java.io.IOException;
import java.nio.file.Path;

/** A test's child process: {@code main} in a JVM of its own on the test's class path, to be killed for real. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** Starts {@code main} with {@code args}; its standard output is the caller's to read, its errors are dropped. */
    public static Process start(Class<?> main, String... args) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-cp", classpath,
                main.getName()));
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
