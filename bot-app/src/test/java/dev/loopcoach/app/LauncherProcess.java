package dev.loopcoach.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real launcher ({@link Main}) in its own JVM, fed through stdin, its stdout captured line by line. */
final class LauncherProcess implements AutoCloseable {
    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final OutputStream stdin;

    private LauncherProcess(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        pump(process.getInputStream(), out);
        pump(process.getErrorStream(), err);
    }

    /** A short, complete story for the launcher tests; the marker makes it easy to find again in output and exports. */
    static String story(String marker) {
        return "In 2023 I owned the seller onboarding flow. Sign-ups stalled at the tax form, so my task was to lift "
                + "completion before peak season. I read two hundred support tickets, cut the form from fourteen fields to six "
                + "and ran an A/B test. Completion rose from 41% to 63% in three weeks. " + marker + ".";
    }

    static LauncherProcess start(Path home, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dcoach.home=" + home);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("COACH_") || k.contains("TOKEN") || k.contains("SECRET"));
        pb.environment().putAll(env);
        return new LauncherProcess(pb.start());
    }

    void send(String text) throws IOException {
        stdin.write(text.getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    void closeInput() throws IOException {
        stdin.close();
    }

    /** Waits until stdout contains {@code marker}; fails with everything printed so far when it never comes. */
    void awaitOutput(String marker, Duration timeout) throws InterruptedException {
        awaitOutput("\"" + marker + "\"", o -> o.contains(marker), timeout);
    }

    /** Waits until stdout satisfies {@code done}; fails with everything printed so far when it never does. */
    void awaitOutput(String what, java.util.function.Predicate<String> done, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (out) {
            while (!done.test(out.toString())) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("no " + what + " in the launcher's output.\nSTDOUT:\n" + out + "\nSTDERR:\n" + err);
                }
                out.wait(Math.min(left, 200));
            }
        }
    }

    /** Like {@link #awaitOutput} for stderr, where the bots report that they are running. */
    void awaitError(String marker, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (err) {
            while (!err.toString().contains(marker)) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("no \"" + marker + "\" on the launcher's stderr.\nSTDOUT:\n" + out + "\nSTDERR:\n" + err);
                }
                err.wait(Math.min(left, 200));
            }
        }
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not exit.\nSTDOUT:\n" + out + "\nSTDERR:\n" + err);
        }
        return process.exitValue();
    }

    /** SIGTERM, as an orchestrator stops a process: shutdown hooks run; waits for the exit. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return awaitExit(timeout);
    }

    /** SIGKILL: no shutdown hook, no flush, exactly like a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String stdout() {
        return out.toString();
    }

    String stderr() {
        return err.toString();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static void pump(java.io.InputStream in, StringBuffer into) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (into) {
                        into.append(line).append('\n');
                        into.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the process went away; what was read is kept
            }
        });
        t.setDaemon(true);
        t.start();
    }
}
