package org.cabinet.itests.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.cabinet.itests.access.CabinetAccounts;

public final class CabinetProcess implements AutoCloseable {

    public static final Duration BOOT_TIMEOUT = Duration.ofSeconds(120);
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    public static final String HEALTH_PATH = "/api/health";

    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(30);
    // long enough for a loaded machine: a client that gives up first makes the server log a failed write
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int TAIL_LINES = 80;
    private static final int CURL_COULD_NOT_CONNECT = 7;
    private static final int CURL_TIMEOUT = 28;
    private static final int CURL_EMPTY_REPLY = 52;
    private static final int CURL_RECEIVE_ERROR = 56;

    // settings of the machine running the tests must not change how Cabinet starts
    private static final Set<String> INHERITED_JAVA_SETTINGS = Set.of("JAVA_OPTS", "EXTRA_JAVA_OPTS",
            "JAVA_MIN_MEM", "JAVA_MAX_MEM", "JAVA_PERM_MEM", "JAVA_MAX_PERM_MEM", "JAVA_DEBUG_OPTS",
            "JAVA_DEBUG_PORT", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private final CabinetInstallation installation;
    private final HttpClient http = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final Thread killOnTestJvmExit = new Thread(this::killEverything, "cabinet-process-killer");
    private volatile Process jvm;
    private boolean withoutNetwork;
    private boolean hookRegistered;
    private long outputStart;

    public CabinetProcess(CabinetInstallation installation) {
        this.installation = installation;
    }

    public CabinetInstallation installation() {
        return installation;
    }

    public CabinetProcess start() {
        return launch(false);
    }

    public CabinetProcess startWithoutNetwork() {
        return launch(true);
    }

    public CabinetProcess restart() {
        requireStarted();
        if (isAlive()) {
            stop();
        }
        return launch(withoutNetwork);
    }

    private CabinetProcess launch(boolean isolated) {
        if (isAlive()) {
            throw new IllegalStateException("Cabinet already runs as pid " + pid());
        }
        // every step execs the next (unshare, sh, bin/karaf with KARAF_EXEC=exec): the started process becomes the JVM
        List<String> command = isolated
                ? List.of("unshare", "--net", "--", "sh", "-c", "ip link set lo up && exec bin/karaf server")
                : List.of("bin/karaf", "server");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(installation.home().toFile())
                .redirectInput(new File("/dev/null"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(installation.outputFile().toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("KARAF_") || INHERITED_JAVA_SETTINGS.contains(name));
        environment.put("KARAF_EXEC", "exec");
        environment.put("HOME", installation.userHome().toString());
        registerKillOnTestJvmExit();
        try {
            outputStart = Files.exists(installation.outputFile()) ? Files.size(installation.outputFile()) : 0;
            jvm = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        withoutNetwork = isolated;
        return this;
    }

    public HttpAnswer awaitHealthy() {
        return awaitHealthy(BOOT_TIMEOUT);
    }

    public HttpAnswer awaitHealthy(Duration timeout) {
        return awaitHealthy(timeout, () -> get(HEALTH_PATH));
    }

    /** Waits until {@code health} (such as a GET over HTTPS, open to the network) answers 200. */
    public HttpAnswer awaitHealthy(Duration timeout, Supplier<HttpAnswer> health) {
        requireStarted();
        Instant deadline = Instant.now().plus(timeout);
        String lastProblem = "no answer yet";
        while (true) {
            if (!jvm.isAlive()) {
                throw failure("Cabinet (pid " + pid() + ") exited with code " + jvm.exitValue()
                        + " before answering 200 on " + HEALTH_PATH);
            }
            try {
                HttpAnswer answer = health.get();
                if (answer.status() == 200) {
                    requireStartedProcessIsTheJvm();
                    return answer;
                }
                lastProblem = "last answer " + answer.status() + ": " + answer.body();
            } catch (UncheckedIOException e) {
                lastProblem = e.getMessage();
            }
            if (Instant.now().isAfter(deadline)) {
                throw failure("Cabinet did not answer 200 on " + HEALTH_PATH + " within " + timeout + " ("
                        + lastProblem + ")");
            }
            sleep(POLL_INTERVAL);
        }
    }

    public int stop() {
        return stop(STOP_TIMEOUT);
    }

    public int stop(Duration timeout) {
        requireRunning();
        requireStartedProcessIsTheJvm();
        // SIGTERM runs Karaf's shutdown hook; bin/stop could not reach the shutdown port inside a network namespace
        jvm.destroy();
        if (!waitForExit(timeout)) {
            killEverything();
            throw failure("Cabinet did not stop within " + timeout + " after SIGTERM");
        }
        return jvm.exitValue();
    }

    public int kill9() {
        requireRunning();
        requireStartedProcessIsTheJvm();
        jvm.destroyForcibly();
        if (!waitForExit(KILL_TIMEOUT)) {
            throw failure("Cabinet still runs " + KILL_TIMEOUT + " after SIGKILL");
        }
        return jvm.exitValue();
    }

    public boolean isAlive() {
        return jvm != null && jvm.isAlive();
    }

    public long pid() {
        requireStarted();
        return jvm.pid();
    }

    public boolean isWithoutNetwork() {
        return withoutNetwork;
    }

    public String output() {
        return CabinetInstallation.readIfPresent(installation.outputFile());
    }

    public String outputOfCurrentRun() {
        try {
            Path file = installation.outputFile();
            byte[] all = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            int from = (int) Math.min(outputStart, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void awaitOutputLine(String line, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!outputOfCurrentRun().lines().anyMatch(line::equals)) {
            if (Instant.now().isAfter(deadline)) {
                throw failure("Cabinet did not print the line \"" + line + "\" within " + timeout);
            }
            sleep(POLL_INTERVAL);
        }
    }

    /** @return Cabinet's accounts over this installation's HTTP port */
    public CabinetAccounts accounts() {
        return new CabinetAccounts("http://127.0.0.1:" + installation.httpPort(), Instant::now);
    }

    /** @return the setup token of the first administrator, as this run printed it on the console */
    public String awaitSetupToken(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String token = CabinetAccounts.setupToken(outputOfCurrentRun());
        while (token == null) {
            if (Instant.now().isAfter(deadline)) {
                throw failure("Cabinet printed no setup token within " + timeout);
            }
            sleep(POLL_INTERVAL);
            token = CabinetAccounts.setupToken(outputOfCurrentRun());
        }
        return token;
    }

    public HttpAnswer get(String path) {
        requireStarted();
        URI uri = URI.create("http://127.0.0.1:" + installation.httpPort() + path);
        return withoutNetwork ? getInsideNetworkNamespace(uri) : getDirectly(uri);
    }

    private HttpAnswer getDirectly(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new HttpAnswer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + uri, e);
        }
    }

    private HttpAnswer getInsideNetworkNamespace(URI uri) {
        Command.Result result = Command.run(REQUEST_TIMEOUT.plusSeconds(5), "nsenter", "--target",
                String.valueOf(pid()), "--net", "curl", "--silent", "--show-error", "--noproxy", "*",
                "--max-time", String.valueOf(REQUEST_TIMEOUT.toSeconds()), "--write-out", "\n%{http_code}",
                uri.toString());
        if (result.exitCode() != 0) {
            throw new UncheckedIOException(new IOException("GET " + uri + " in the network namespace of pid " + pid()
                    + " failed (exit " + result.exitCode() + "): " + result.stderr().strip()));
        }
        String stdout = result.stdout();
        int statusLine = stdout.lastIndexOf('\n');
        return new HttpAnswer(Integer.parseInt(stdout.substring(statusLine + 1).strip()),
                stdout.substring(0, statusLine));
    }

    public boolean acceptsConnectionsOnLoopback(int port) {
        requireStarted();
        if (!withoutNetwork) {
            return HostNetwork.acceptsConnections(InetAddress.getLoopbackAddress(), port);
        }
        Command.Result result = Command.run(Duration.ofSeconds(15), "nsenter", "--target", String.valueOf(pid()),
                "--net", "curl", "--silent", "--show-error", "--max-time", "2", "telnet://127.0.0.1:" + port);
        return switch (result.exitCode()) {
            case CURL_COULD_NOT_CONNECT -> false;
            // connected: then the telnet session ended, timed out, or was cut by the server
            case 0, CURL_TIMEOUT, CURL_EMPTY_REPLY, CURL_RECEIVE_ERROR -> true;
            default -> throw new IllegalStateException("cannot probe port " + port + " in the network namespace of pid "
                    + pid() + " (exit " + result.exitCode() + "): " + result.stderr().strip());
        };
    }

    public String networkNamespace() {
        return namespaceOf(Path.of("/proc", String.valueOf(pid()), "ns", "net"));
    }

    public static String testNetworkNamespace() {
        return namespaceOf(Path.of("/proc", "self", "ns", "net"));
    }

    private static String namespaceOf(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<InetSocketAddress> listeningSockets() {
        requireRunning();
        String owner = "pid=" + pid() + ",";
        return Command.run(Duration.ofSeconds(15), "nsenter", "--target", String.valueOf(pid()), "--net",
                        "ss", "--no-header", "--listening", "--tcp", "--numeric", "--processes")
                .requireSuccess()
                .stdout().lines()
                .filter(line -> line.contains(owner))
                .map(line -> parseSocketAddress(line.trim().split("\\s+")[3]))
                .toList();
    }

    private static InetSocketAddress parseSocketAddress(String local) {
        int colon = local.lastIndexOf(':');
        String host = local.substring(0, colon).replace("[", "").replace("]", "");
        if (host.contains("%")) {
            host = host.substring(0, host.indexOf('%'));
        }
        try {
            InetAddress address = InetAddress.getByName(host.equals("*") ? "::" : host);
            return new InetSocketAddress(address, Integer.parseInt(local.substring(colon + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the address " + local + " listed by ss", e);
        }
    }

    @Override
    public void close() {
        try {
            killEverything();
        } finally {
            if (hookRegistered) {
                try {
                    Runtime.getRuntime().removeShutdownHook(killOnTestJvmExit);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or about to run, which kills the same process
                }
                hookRegistered = false;
            }
        }
    }

    private void killEverything() {
        Process process = jvm;
        if (process != null) {
            // descendants first: if exec was not honoured somewhere, the JVM is a child of the started process
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(KILL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void registerKillOnTestJvmExit() {
        if (!hookRegistered) {
            // a test JVM that exits without closing this (failsafe timeout, Ctrl-C) must not leave Cabinet running
            Runtime.getRuntime().addShutdownHook(killOnTestJvmExit);
            hookRegistered = true;
        }
    }

    private void requireStartedProcessIsTheJvm() {
        String command = jvm.info().command().orElse("?");
        if (!command.endsWith("/java")) {
            throw failure("pid " + pid() + " runs " + command + ", not java: without exec in the start chain,"
                    + " kill9() and stop() would hit a wrapper instead of the JVM");
        }
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return jvm.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Cabinet to exit", e);
        }
    }

    private void requireStarted() {
        if (jvm == null) {
            throw new IllegalStateException("Cabinet was never started");
        }
    }

    private void requireRunning() {
        requireStarted();
        if (!jvm.isAlive()) {
            throw failure("Cabinet (pid " + pid() + ") is not running; it exited with code " + jvm.exitValue());
        }
    }

    private AssertionError failure(String message) {
        return new AssertionError(message
                + "\n--- " + installation.logFile() + " (last " + TAIL_LINES + " lines) ---\n"
                + installation.logTail(TAIL_LINES)
                + "\n--- " + installation.outputFile() + " (last " + TAIL_LINES + " lines) ---\n"
                + CabinetInstallation.tail(output(), TAIL_LINES));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
