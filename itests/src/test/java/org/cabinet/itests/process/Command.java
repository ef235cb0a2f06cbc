package org.cabinet.itests.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

public final class Command {

    public record Result(List<String> command, int exitCode, String stdout, String stderr) {

        public Result requireSuccess() {
            if (exitCode != 0) {
                throw new IllegalStateException(command + " exited with " + exitCode + ": " + stderr.strip());
            }
            return this;
        }
    }

    private Command() {
    }

    public static Result run(Duration timeout, String... command) {
        return run(timeout, List.of(command));
    }

    public static Result run(Duration timeout, List<String> command) {
        return run(timeout, null, command);
    }

    /** Runs {@code command} with {@code input} (or nothing, when null) on its standard input. */
    public static Result run(Duration timeout, String input, List<String> command) {
        Path stdin = null;
        Path stdout = null;
        Path stderr = null;
        try {
            // files rather than pipes: nothing can block on a full pipe, so the timeout always holds
            stdout = Files.createTempFile("cabinet-command", ".out");
            stderr = Files.createTempFile("cabinet-command", ".err");
            if (input != null) {
                stdin = Files.createTempFile("cabinet-command", ".in");
                Files.writeString(stdin, input);
            }
            Process process = new ProcessBuilder(command)
                    .redirectInput(stdin == null ? new File("/dev/null") : stdin.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException(command + " did not finish within " + timeout);
            }
            return new Result(command, process.exitValue(), Files.readString(stdout), Files.readString(stderr));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } finally {
            deleteQuietly(stdin);
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temp file is harmless
            }
        }
    }
}
