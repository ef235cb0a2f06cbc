package org.cabinet.persistence.internal;

import java.nio.file.attribute.PosixFileAttributeView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.cabinet.api.health.HealthCheck;
import org.cabinet.api.health.HealthStatus;
import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.persistence.internal.crypto.AesGcmFieldCipher;
import org.cabinet.persistence.internal.migration.LiquibaseMigrations;
import org.ops4j.pax.jdbc.pool.common.PooledDataSourceFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cabinet's one database, from {@code etc/org.cabinet.persistence.database.cfg}: embedded Derby (its files
 * encrypted with the boot key of the keystore) or PostgreSQL, behind a connection pool. Before it offers the
 * pool as the {@code cabinet} datasource it brings its own schema up to date and checks that the keystore is the
 * one this database was sealed with; when anything of that fails it offers nothing and says why in
 * {@code /api/health}.
 */
@Component(service = HealthCheck.class, property = HealthCheck.NAME + "=database", configurationPid = CabinetDatabase.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DatabaseConfig.class)
public final class CabinetDatabase implements HealthCheck {

    static final String PID = "org.cabinet.persistence.database";
    static final String CHANGELOG = "db/org.cabinet.persistence/changelog.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(CabinetDatabase.class);
    private static final String DERBY = "jdbc:derby:";
    private static final Set<PosixFilePermission> SHARED = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);

    private final DataSourceFactory driver;
    private final String url;
    private final BundleContext context;
    private final InstallationKeys keys;
    private final ExecutorService opening = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cabinet-database");
        thread.setDaemon(true);
        return thread;
    });
    private volatile DataSource pool;
    private volatile String description;
    private volatile String failure;
    private ServiceRegistration<DataSource> registration;
    private boolean closed;

    @Activate
    public CabinetDatabase(DatabaseConfig config, BundleContext context, @Reference InstallationKeys keys,
            @Reference(name = "dataSourceFactory", target = "(osgi.jdbc.driver.name=derby)") DataSourceFactory dataSourceFactory,
            @Reference(name = "pools", target = "(&(pool=dbcp2)(!(xa=true)))") PooledDataSourceFactory pools) {
        this.driver = dataSourceFactory;
        this.context = context;
        this.keys = keys;
        this.url = config.url().isBlank()
                ? DERBY + Path.of(Objects.requireNonNullElse(context.getProperty("karaf.data"), "data"), "derby", "cabinet")
                : config.url().strip();
        try {
            this.pool = pools.create(dataSourceFactory, connectionProperties(config, context, keys));
            this.description = describe(pool);
            if (LiquibaseMigrations.isUpToDate(pool, context.getBundle(), CHANGELOG)) {
                open();
            } else {
                // Liquibase starts after the core, so that a start without migrations does not wait for it
                opening.execute(this::migrateThenOpen);
            }
        } catch (SQLException | RuntimeException e) {
            fail(e);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        opening.shutdownNow();
        opening.awaitTermination(30, TimeUnit.SECONDS);
        synchronized (this) {
            closed = true;
            if (registration != null) {
                registration.unregister();
            }
        }
        if (pool instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Closing the connection pool: {}", e.toString());
            }
        }
        if (isDerby()) {
            shutDownDerby();
        }
    }

    @Override
    public HealthStatus check() {
        if (failure != null) {
            return HealthStatus.down(failure);
        }
        synchronized (this) {
            if (registration == null) {
                return HealthStatus.down("bringing the database schema up to date");
            }
        }
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(2) ? HealthStatus.up(description)
                    : HealthStatus.down(description + " does not answer");
        } catch (SQLException e) {
            return HealthStatus.down(description + " does not answer: " + e.getMessage());
        }
    }

    private void migrateThenOpen() {
        try {
            LiquibaseMigrations.apply(pool, context.getBundle(), CHANGELOG);
            open();
        } catch (RuntimeException | SQLException e) {
            fail(e);
        }
    }

    /** Checks that the keys are the database's, then offers it. */
    private void open() throws SQLException {
        String problem = new KeystoreCheck(pool).verify(new AesGcmFieldCipher(keys.keyRing(), new SecureRandom()),
                keys.keystore());
        if (problem != null) {
            failure = problem;
            LOG.error("Cabinet's database is not available: {}", problem);
            return;
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jndi.service.name", CabinetPersistence.DATA_SOURCE_NAME);
        properties.put("cabinet.database", description);
        synchronized (this) {
            if (!closed) {
                registration = context.registerService(DataSource.class, pool, properties);
                LOG.info("Cabinet's database is up: {}", description);
            }
        }
    }

    private void fail(Exception e) {
        failure = whyNot(e, keys.keystore());
        LOG.error("Cabinet's database is not available: {}", failure);
    }

    private boolean isDerby() {
        return url.startsWith(DERBY);
    }

    private Properties connectionProperties(DatabaseConfig config, BundleContext context, InstallationKeys keys) {
        Properties properties = new Properties();
        if (isDerby()) {
            // Derby encrypts every page and its log under the boot key; an existing clear database is encrypted
            // at this boot. Derby's default algorithm is DES, and it does not record the one chosen: AES is named at
            // every boot. (pax-jdbc-derby keeps only the first attribute of a URL: the others go apart.)
            properties.put("url", url);
            properties.put("createDatabase", "create");
            properties.put("connectionAttributes", "dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKey="
                    + HexFormat.of().formatHex(keys.databaseKey().getEncoded()));
        } else {
            properties.put("url", url);
        }
        if (!config.user().isBlank()) {
            properties.put("user", config.user().strip());
        }
        if (!config.password_file().isBlank()) {
            properties.put("password", readPassword(context, config.password_file().strip()));
        }
        properties.put("pool.maxTotal", Integer.toString(config.pool_maxTotal()));
        properties.put("pool.minIdle", Integer.toString(config.pool_minIdle()));
        properties.put("pool.testOnBorrow", "true");
        return properties;
    }

    private static String readPassword(BundleContext context, String name) {
        Path file = Path.of(Objects.requireNonNullElse(context.getProperty("karaf.base"), ".")).resolve(name);
        try {
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null
                    && Files.getPosixFilePermissions(file).stream().anyMatch(SHARED::contains)) {
                LOG.warn("The database password file {} is readable by other users: chmod 600 it", file);
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (password.isEmpty()) {
                throw new IllegalStateException("the database password file " + file + " is empty");
            }
            return password;
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("the database password file " + file + " does not exist");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the database password file " + file + ": " + e.getMessage());
        }
    }

    private static String describe(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
    }

    private String whyNot(Exception e, Path keystore) {
        String message = rootMessage(e);
        if (isDerby() && (message.contains("encryption key") || message.contains("boot password"))) {
            return "the Derby database does not open with the keys in " + keystore.getParent()
                    + ": restore the keys folder that belongs to it (from its backup, or bin/cabinet-keys restore)";
        }
        return "cannot open " + safeUrl() + ": " + message;
    }

    private String safeUrl() {
        int attributes = url.indexOf(';');
        return attributes < 0 ? url : url.substring(0, attributes);
    }

    private void shutDownDerby() {
        Properties properties = new Properties();
        properties.put("url", url + ";shutdown=true");
        try {
            driver.createDataSource(properties).getConnection().close();
        } catch (SQLException e) {
            // Derby answers a clean shutdown of one database with SQLState 08006
            if (!"08006".equals(e.getSQLState())) {
                LOG.warn("Shutting the Derby database down: {}", e.getMessage());
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        StringBuilder messages = new StringBuilder();
        while (cause != null) {
            if (cause.getMessage() != null && messages.indexOf(cause.getMessage()) < 0) {
                messages.append(messages.length() == 0 ? "" : " / ").append(cause.getMessage());
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return messages.toString();
    }
}
