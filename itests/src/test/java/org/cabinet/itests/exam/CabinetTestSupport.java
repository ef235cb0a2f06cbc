package org.cabinet.itests.exam;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.cabinet.itests.access.CabinetAccounts;
import org.cabinet.itests.access.CabinetAccounts.Account;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.cabinet.api.rest.CabinetRest;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the real Cabinet distribution once per test class and offers what its tests need:
 * services, shell commands and HTTP calls against the running Cabinet.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class CabinetTestSupport {

    /** one route of each core bundle that serves REST: once all are served, the core application is whole */
    private static final List<String> CORE_ROUTES = List.of("/api/health", "/api/users", "/api/audit/verify",
            "/api/patients/{patientId}/chart", "/api/appointments/today", "/api/prescriptions/{id}",
            "/api/billing/day");

    private static final String HTTP_PORT_PROPERTY = "cabinet.itest.http.port";
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService featuresService;

    @Inject
    protected SessionFactory sessionFactory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** the accounts of this container, made once (statics live as long as the container's probe) */
    private static Account administrator;
    private static Account practitioner;

    @Configuration
    public Option[] config() {
        String httpPort = String.valueOf(freePort());
        String karaf = System.getProperty("karaf.version");
        return new Option[] {
            karafDistributionConfiguration()
                .frameworkUrl(new File(System.getProperty("cabinet.distribution")).toURI().toString())
                .karafVersion(karaf)
                .name("Cabinet")
                .unpackDirectory(new File("target/exam"))
                .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
            editConfigurationFilePut("etc/org.cabinet.web.network.cfg", "http.port", httpPort),
            // the test probe and Pax Exam's own features come from the build's repository, still offline
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("maven.repo.local")),
            systemProperty(HTTP_PORT_PROPERTY).value(httpPort),
            systemProperty("cabinet.expected.version").value(System.getProperty("cabinet.version")),
            CoreOptions.vmOptions(java17Options(karaf)),
            CoreOptions.mavenBundle("net.bytebuddy", "byte-buddy", System.getProperty("bytebuddy.version")),
            CoreOptions.mavenBundle("org.assertj", "assertj-core", System.getProperty("assertj.version")),
        };
    }

    /** @return the options, with the test store installed as a module would be (after the core) */
    protected static Option[] withTestStore(Option[] options) {
        List<Option> all = new ArrayList<>(List.of(options));
        all.add(CoreOptions.bundle(Path.of(System.getProperty("cabinet.test.store")).toUri().toString()).startLevel(85));
        return all.toArray(Option[]::new);
    }

    /** The JVM flags of Karaf's own start script, which Pax Exam does not pass by itself. */
    private static String[] java17Options(String karaf) {
        return new String[] {
            "--add-reads=java.xml=java.logging",
            "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
            "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karaf + ".jar",
            "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karaf + ".jar",
            "--add-opens", "java.base/java.security=ALL-UNNAMED",
            "--add-opens", "java.base/java.net=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
            "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
            "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
            "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
            "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
            "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
            "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*",
            "-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
        };
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    /** @return the service, waiting for it to come up */
    protected <T> T service(Class<T> type) {
        return service(type, null);
    }

    /** @return the service matching the filter (may be null), waiting for it to come up */
    protected <T> T service(Class<T> type, String filter) {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        try {
            String match = "(objectClass=" + type.getName() + ")";
            ServiceTracker<T, T> tracker = new ServiceTracker<>(context,
                    context.createFilter(filter == null ? match : "(&" + match + filter + ")"), null);
            tracker.open(true);
            T found = tracker.waitForService(SERVICE_TIMEOUT.toMillis());
            assertNotNull("no " + type.getName() + " " + (filter == null ? "" : filter) + " within " + SERVICE_TIMEOUT, found);
            return found;
        } catch (Exception e) {
            throw new AssertionError("looking up " + type.getName() + ": " + e, e);
        }
    }

    /**
     * Runs a shell command as the local console would, and returns what it printed. A command whose bundle is
     * still registering it ("Command not found") is tried again for a while, as its services come up.
     */
    protected String execute(String command) {
        long deadline = System.nanoTime() + SERVICE_TIMEOUT.toNanos();
        String printed = executeOnce(command);
        while (printed.startsWith("Command not found") && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(250));
            printed = executeOnce(command);
        }
        return printed;
    }

    private String executeOnce(String command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, print, print);
        try {
            Object result = session.execute(command);
            if (result != null) {
                print.println(result);
            }
        } catch (Exception e) {
            print.println(e.getMessage());
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** @return the base URL of Cabinet's HTTP server, such as {@code http://127.0.0.1:8181} */
    protected String baseUrl() {
        return "http://127.0.0.1:" + System.getProperty(HTTP_PORT_PROPERTY);
    }

    /** Sends a request to Cabinet. */
    protected HttpResponse<String> http(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + path + " interrupted", e);
        }
    }

    protected HttpResponse<String> get(String path, Map<String, String> headers) {
        return http("GET", path, null, headers);
    }

    /** @return Cabinet's accounts over HTTP, computing second-factor codes at the system's time */
    protected CabinetAccounts accounts() {
        return new CabinetAccounts(baseUrl(), java.time.Instant::now);
    }

    /**
     * @return this container's first administrator, made with the setup token Cabinet printed in its log, its
     *         second factor enrolled and logged in
     */
    protected synchronized Account admin() {
        if (administrator == null) {
            // the first administrator is made once: a 404 in the middle would leave setup closed and no account
            awaitHealthy();
            administrator = accounts().firstAdministrator(awaitSetupToken(), "test-admin");
        }
        administrator = stillLoggedIn(administrator);
        return administrator;
    }

    /** @return a general practitioner of this container, logged in (made by {@link #admin()}) */
    protected synchronized Account gp() {
        if (practitioner == null) {
            practitioner = accounts().create(admin(), "test-gp", "gp");
        }
        practitioner = stillLoggedIn(practitioner);
        return practitioner;
    }

    /** @return the account, logged in again if a test ended its session (by moving time, say) */
    protected Account stillLoggedIn(Account account) {
        if (get("/api/auth/me", account.bearer()).statusCode() == 200) {
            return account;
        }
        return accounts().loginAgain(account);
    }

    /** @return headers that authenticate a request as this container's administrator */
    protected Map<String, String> asAdmin() {
        return admin().bearer();
    }

    /** Puts the test practitioner in a patient's care team, as an administrator would. */
    protected void caresFor(Account practitioner, String patientId) {
        CabinetAccounts.expect(http("PUT", "/api/care-teams/" + patientId + "/members/" + practitioner.id(), null,
                asAdmin()), 200, "joining the care team of " + patientId);
    }

    private static String awaitSetupToken() {
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        long deadline = System.nanoTime() + SERVICE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String token = java.nio.file.Files.exists(log)
                        ? CabinetAccounts.setupToken(java.nio.file.Files.readString(log, StandardCharsets.UTF_8)) : null;
                if (token != null) {
                    return token;
                }
            } catch (IOException e) {
                // the log is being rolled: read it again
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("Cabinet printed no setup token in " + log + " within " + SERVICE_TIMEOUT);
    }

    /**
     * Waits until {@code GET /api/health} answers 200, as a client would before using Cabinet, and until the core
     * application is whole and steady: the JAX-RS whiteboard rebuilds an application each time one of its resources
     * comes, and answers 404 to every route meanwhile, so a test that started at the first 200 could meet a 404.
     */
    protected void awaitHealthy() {
        awaitStatus("GET", "/api/health", null, Map.of(), 200);
        long deadline = System.nanoTime() + SERVICE_TIMEOUT.toNanos();
        int steady = 0;
        while (steady < 3) {
            if (System.nanoTime() > deadline) {
                fail("the core application did not serve " + CORE_ROUTES + " steadily within " + SERVICE_TIMEOUT);
            }
            steady = servesCoreRoutes() ? steady + 1 : 0;
            sleep(Duration.ofMillis(300));
        }
    }

    private boolean servesCoreRoutes() {
        HttpResponse<String> document = http("GET", "/api/openapi.json", null, Map.of());
        if (document.statusCode() != 200 || http("GET", "/api/health", null, Map.of()).statusCode() != 200) {
            return false;
        }
        JsonNode paths = json(document).path("paths");
        return CORE_ROUTES.stream().allMatch(paths::has);
    }

    /** Repeats a request until it answers the given status, such as a resource that is still registering. */
    protected void awaitStatus(String method, String path, String body, Map<String, String> headers, int status) {
        long deadline = System.nanoTime() + SERVICE_TIMEOUT.toNanos();
        HttpResponse<String> last = null;
        String refused = null;
        while (System.nanoTime() < deadline) {
            try {
                last = http(method, path, body, headers);
                if (last.statusCode() == status) {
                    return;
                }
            } catch (AssertionError notListening) {
                // the server may not listen yet
                refused = notListening.getMessage();
            }
            sleep(Duration.ofMillis(200));
        }
        fail(method + " " + path + " did not answer " + status + " within " + SERVICE_TIMEOUT
                + (refused == null ? "" : " (last refusal: " + refused + ")") + "; "
                + WebRuntimeReport.of(FrameworkUtil.getBundle(getClass()).getBundleContext(), last));
    }

    /** Adds {@link ProbeResource} to the core application, as a module adds its resources. */
    protected ServiceRegistration<ProbeResource> registerProbe() {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jaxrs.resource", Boolean.TRUE);
        properties.put("osgi.jaxrs.name", "itest.probe");
        properties.put("osgi.jaxrs.application.select", CabinetRest.APPLICATION_SELECT);
        return bundleContext.registerService(ProbeResource.class, new ProbeResource(), properties);
    }

    protected static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    protected static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
