package org.cabinet.persistence.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;

import javax.crypto.SecretKey;

import org.cabinet.api.health.HealthCheck;
import org.cabinet.api.health.HealthStatus;
import org.cabinet.api.time.Clock;
import org.cabinet.persistence.internal.crypto.KeyRing;
import org.cabinet.persistence.internal.crypto.KeyStoreFile;
import org.cabinet.persistence.internal.crypto.KeyStoreFiles;
import org.cabinet.persistence.internal.escrow.EscrowStatus;
import org.cabinet.persistence.internal.escrow.EscrowTestMark;
import org.cabinet.persistence.internal.escrow.KeyEscrow;
import org.cabinet.persistence.internal.escrow.KeyEscrowException;
import org.cabinet.persistence.internal.escrow.RecoveryPassphrase;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installation's keys: the keystore named in {@code etc/org.cabinet.persistence.keys.cfg}, made at first
 * start together with its escrow (a copy that only a recovery passphrase, printed once on the console, opens),
 * and the escrow kept up to date after every change of keys. Whether these keys belong to the database is
 * checked by {@link CabinetDatabase} before anything is read or written with them. As a health check it says
 * whether the key backup was tested.
 */
@Component(service = { InstallationKeys.class, KeyAdministration.class, HealthCheck.class },
        property = HealthCheck.NAME + "=keyBackup", configurationPid = InstallationKeys.PID)
@Designate(ocd = KeysConfig.class)
public final class InstallationKeys implements KeyAdministration, HealthCheck {

    static final String PID = "org.cabinet.persistence.keys";

    private static final Logger LOG = LoggerFactory.getLogger(InstallationKeys.class);

    private final KeyStoreFile keys;
    private final Path escrow;
    private final KeyEscrow escrows;

    @Activate
    public InstallationKeys(KeysConfig config, @Reference Clock clock, BundleContext context) {
        this(config, clock, context, System.out);
    }

    InstallationKeys(KeysConfig config, Clock clock, BundleContext context, PrintStream console) {
        Path base = Path.of(Objects.requireNonNullElse(context.getProperty("karaf.base"), "."));
        Path keystore = base.resolve(config.keystore()).toAbsolutePath().normalize();
        SecureRandom random = new SecureRandom();
        this.escrow = base.resolve(config.escrow()).toAbsolutePath().normalize();
        this.escrows = new KeyEscrow(clock.asJavaClock(), random);
        this.keys = KeyStoreFile.openOrCreate(keystore, clock.asJavaClock(), random);
        if (keys.created()) {
            // a key pair and a slow passphrase derivation: not on the start's path
            Thread escrowing = new Thread(() -> escrowNewKeys(console, random), "cabinet-key-escrow");
            escrowing.setDaemon(true);
            escrowing.start();
        } else {
            warnUnlessTested();
        }
    }

    /** @return the keys that seal and index field values now */
    public KeyRing keyRing() {
        return keys.keyRing();
    }

    /** @return the boot key of the embedded database */
    public SecretKey databaseKey() {
        return keys.databaseKey();
    }

    public Path keystore() {
        return keys.path();
    }

    @Override
    public List<String> dataKeyIds() {
        return keys.dataKeyIds();
    }

    @Override
    public String primaryKeyId() {
        return keys.keyRing().primaryKeyId();
    }

    @Override
    public String rotate() {
        String primary = keys.rotate();
        LOG.info("Data key {} is now primary in {}", primary, keys.path());
        reseal();
        return primary;
    }

    /** Removes an old data key for good; the caller has made sure that no stored value needs it any more. */
    public void retire(String keyId) {
        keys.retire(keyId);
        LOG.info("Data key {} retired from {}", keyId, keys.path());
        reseal();
    }

    @Override
    public HealthStatus check() {
        try {
            EscrowStatus status = backupStatus();
            boolean tested = status.state() == EscrowStatus.State.TESTED && status.coversCurrentKeys();
            return tested ? HealthStatus.up(status.describe())
                    : HealthStatus.warn(status.describe() + " Test it with: bin/cabinet-keys verify " + escrow);
        } catch (RuntimeException e) {
            return HealthStatus.warn("The key backup cannot be checked: " + e.getMessage());
        }
    }

    private EscrowStatus backupStatus() {
        return new EscrowTestMark(keys.path()).status(escrow, KeyStoreFiles.read(keys.path()));
    }

    private void warnUnlessTested() {
        EscrowStatus status = backupStatus();
        if (status.state() != EscrowStatus.State.TESTED || !status.coversCurrentKeys()) {
            LOG.warn("The encryption keys have no tested backup. {} Test it with: bin/cabinet-keys verify {}",
                    status.describe(), escrow);
        }
    }

    private synchronized void escrowNewKeys(PrintStream console, SecureRandom random) {
        if (Files.exists(escrow)) {
            // never overwrite the escrow of keys that may still be needed: the database check decides
            LOG.error("Cabinet made new encryption keys in {} while an escrow of earlier keys exists at {}. If this "
                    + "installation holds data, stop Cabinet and restore its keys: bin/cabinet-keys restore {}",
                    keys.path().getParent(), escrow, escrow);
            return;
        }
        String passphrase = RecoveryPassphrase.generate(random);
        try {
            escrows.create(escrow, passphrase.toCharArray(), KeyStoreFiles.read(keys.path()));
        } catch (KeyEscrowException e) {
            LOG.error("Cabinet made its encryption keys in {} but could not write their escrow: {}",
                    keys.path().getParent(), e.getMessage());
            return;
        }
        // on the console only, once: never in a log
        console.println();
        console.println("Cabinet made its encryption keys in " + keys.path().getParent() + ",");
        console.println("and a copy of them in " + escrow + " that only this recovery passphrase opens:");
        console.println();
        console.println("    Recovery passphrase: " + passphrase);
        console.println();
        console.println("Write it down now and keep it away from this machine; copy that file apart too.");
        console.println("It is shown only this once. Test it with: bin/cabinet-keys verify " + escrow);
        console.println();
        LOG.warn("Cabinet made its encryption keys in {} and their escrow in {}; the recovery passphrase was shown "
                + "once on the console. Without the keys the encrypted data cannot be read.", keys.path().getParent(), escrow);
        warnUnlessTested();
    }

    private synchronized void reseal() {
        if (!Files.exists(escrow)) {
            LOG.warn("No escrow at {}: the new keys have no copy apart from this machine", escrow);
            return;
        }
        try {
            escrows.reseal(escrow, KeyStoreFiles.read(keys.path()));
            LOG.info("Escrow {} now holds the current keys", escrow);
        } catch (KeyEscrowException e) {
            LOG.error("The escrow {} could not be brought up to date: {}", escrow, e.getMessage());
        }
    }
}
