package org.cabinet.itests.process;

import java.util.ArrayList;
import java.nio.file.StandardOpenOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public final class CabinetInstallation {

    public static final String DISTRIBUTION_PROPERTY = "cabinet.distribution";
    public static final String VERSION_PROPERTY = "cabinet.version";

    public static final String NETWORK_CONFIG = "org.cabinet.web.network.cfg";

    private static final String WEB_CONFIG = "org.ops4j.pax.web.cfg";
    private static final String HTTP_PORT_KEY = "org.osgi.service.http.port";

    private final Path root;
    private final Path home;
    private final int httpPort;
    private final int httpsPort;

    private CabinetInstallation(Path root, Path home, int httpPort, int httpsPort) {
        this.root = root;
        this.home = home;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
    }

    public static CabinetInstallation unpack(Path root) {
        try {
            Files.createDirectories(root);
            try (Stream<Path> existing = Files.list(root)) {
                if (existing.findAny().isPresent()) {
                    throw new IllegalArgumentException(root + " must be empty");
                }
            }
            Command.run(Duration.ofSeconds(120), "tar", "-xzf", distribution().toString(), "-C", root.toString())
                    .requireSuccess();
            CabinetInstallation installation = new CabinetInstallation(root, singleFolderIn(root), freePort(),
                    freePort());
            // the network settings rule the web server's ports; Pax Web's own file says the same, so that it starts there
            installation.setProperty(WEB_CONFIG, HTTP_PORT_KEY, String.valueOf(installation.httpPort));
            installation.setNetwork("http.port", String.valueOf(installation.httpPort));
            installation.setNetwork("https.port", String.valueOf(installation.httpsPort));
            Files.createDirectories(installation.userHome());
            return installation;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack Cabinet into " + root, e);
        }
    }

    public static Path distribution() {
        String path = System.getProperty(DISTRIBUTION_PROPERTY);
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("system property " + DISTRIBUTION_PROPERTY
                    + " is not set; run the test through maven-failsafe in the itests module");
        }
        Path distribution = Path.of(path);
        if (!Files.isRegularFile(distribution)) {
            throw new IllegalStateException(DISTRIBUTION_PROPERTY + " points to a missing file: " + distribution);
        }
        return distribution;
    }

    public static String expectedVersion() {
        String version = System.getProperty(VERSION_PROPERTY);
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("system property " + VERSION_PROPERTY + " is not set");
        }
        return version;
    }

    public Path root() {
        return root;
    }

    public Path home() {
        return home;
    }

    public Path etc() {
        return home.resolve("etc");
    }

    public Path data() {
        return home.resolve("data");
    }

    public Path keys() {
        return home.resolve("keys");
    }

    /** @return the certificate Cabinet serves HTTPS with, as it publishes it */
    public Path httpsCertificate() {
        return keys().resolve("cabinet-https.crt");
    }

    /** Sets {@code key} in {@code etc/org.cabinet.web.network.cfg}; an empty value clears it. */
    public void setNetwork(String key, String value) {
        setProperty(NETWORK_CONFIG, key, value);
    }

    /**
     * Adds a bundle to what the distribution starts, as its own bundles are: its jar in {@code system/} under its
     * Maven coordinates, and a line in {@code etc/startup.properties}.
     */
    public void addStartupBundle(Path jar, String groupId, String artifactId, String version, int startLevel) {
        Path target = home.resolve("system").resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
                .resolve(artifactId + "-" + version + ".jar");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(jar, target);
            Files.writeString(etc().resolve("startup.properties"), "mvn\\:" + groupId + "/" + artifactId + "/" + version
                    + " = " + startLevel + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add " + jar + " to the distribution", e);
        }
    }

    /** Runs a script of {@code bin/} as an installer would, from Cabinet's folder, with {@code input} typed in. */
    public Command.Result runBin(Duration timeout, String input, String script, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve(script).toString());
        command.addAll(List.of(arguments));
        return Command.run(timeout, input, command);
    }

    public Path logFile() {
        return data().resolve("log").resolve("karaf.log");
    }

    // an empty HOME, so nothing from the real user's home (~/.m2, ~/.karaf...) leaks into the run
    public Path userHome() {
        return root.resolve("user-home");
    }

    public Path outputFile() {
        return root.resolve("cabinet.out");
    }

    public int httpPort() {
        return httpPort;
    }

    /** @return the HTTPS port once open to the network (plain HTTP then only redirects there) */
    public int httpsPort() {
        return httpsPort;
    }

    public String readLog() {
        return readIfPresent(logFile());
    }

    public List<String> logLines() {
        return readLog().lines().toList();
    }

    public List<String> logErrors() {
        return logLines().stream().filter(line -> line.contains("| ERROR |")).toList();
    }

    public String logTail(int lines) {
        return tail(readLog(), lines);
    }

    public String readEtc(String fileName) {
        try {
            return Files.readString(etc().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeEtc(String fileName, String content) {
        try {
            Files.writeString(etc().resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void editEtc(String fileName, UnaryOperator<String> edit) {
        writeEtc(fileName, edit.apply(readEtc(fileName)));
    }

    public void setProperty(String fileName, String key, String value) {
        Pattern line = Pattern.compile("^[ \\t]*" + Pattern.quote(key) + "[ \\t]*[=:].*$", Pattern.MULTILINE);
        String replacement = Matcher.quoteReplacement(key + " = " + value);
        editEtc(fileName, content -> {
            Matcher matcher = line.matcher(content);
            if (matcher.find()) {
                return matcher.replaceAll(replacement);
            }
            return content + (content.isEmpty() || content.endsWith("\n") ? "" : "\n") + key + " = " + value + "\n";
        });
    }

    static String readIfPresent(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static Path singleFolderIn(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            List<Path> folders = entries.filter(Files::isDirectory).toList();
            if (folders.size() != 1) {
                throw new IllegalStateException("expected the distribution to unpack to one folder, got " + folders);
            }
            return folders.get(0);
        }
    }

    private static int freePort() throws IOException {
        // free on every address now (Cabinet may open to the network), not reserved: a race with another process is
        // possible but unlikely
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
