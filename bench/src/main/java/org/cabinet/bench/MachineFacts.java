package org.cabinet.bench;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/** What the figures depend on: CPUs, their load, the JVM, the file system that syncs. */
public final class MachineFacts {

    private MachineFacts() {
    }

    /** @return now, to the second, with its offset */
    public static String date() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** @return CPUs, their model, the system and the JVM */
    public static String machine() {
        return Runtime.getRuntime().availableProcessors() + " CPUs" + cpuModel() + ", " + System.getProperty("os.name")
                + " " + System.getProperty("os.version") + ", " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version");
    }

    /** @return the load average over 1, 5 and 15 minutes, as {@code bench/startup.sh} prints it */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2] + " (1/5/15 min) on "
                    + Runtime.getRuntime().availableProcessors() + " CPUs";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static String fileSystem(Path folder) {
        try {
            FileStore store = Files.getFileStore(folder);
            return store.type() + " (" + store.name() + ")";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> " (" + line.substring(line.indexOf(':') + 1).strip() + ")").orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
