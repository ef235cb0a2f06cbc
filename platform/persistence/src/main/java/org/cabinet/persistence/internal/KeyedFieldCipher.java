package org.cabinet.persistence.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;

import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.api.crypto.TamperedFieldException;
import org.cabinet.api.time.Clock;
import org.cabinet.persistence.internal.crypto.AesGcmFieldCipher;
import org.cabinet.persistence.internal.crypto.KeyStoreFile;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installation's {@link FieldCipher}, with the keys of the keystore named in
 * {@code etc/org.cabinet.persistence.keys.cfg}; the keystore is made at first start.
 */
@Component(service = { FieldCipher.class, KeyAdministration.class }, configurationPid = "org.cabinet.persistence.keys")
@Designate(ocd = KeysConfig.class)
public final class KeyedFieldCipher implements FieldCipher, KeyAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(KeyedFieldCipher.class);

    private final KeyStoreFile keys;
    private final SecureRandom random = new SecureRandom();
    private volatile FieldCipher cipher;

    @Activate
    public KeyedFieldCipher(KeysConfig config, @Reference Clock clock, BundleContext context) {
        Path keystore = Path.of(Objects.requireNonNullElse(context.getProperty("karaf.base"), "."))
                .resolve(config.keystore()).toAbsolutePath().normalize();
        this.keys = KeyStoreFile.openOrCreate(keystore, clock.asJavaClock(), random);
        if (keys.created()) {
            LOG.warn("Cabinet made its encryption keys in {}. Back up this folder apart from the database: "
                    + "without it the encrypted data cannot be read.", keystore.getParent());
        }
        this.cipher = new AesGcmFieldCipher(keys.keyRing(), random);
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
    public synchronized String rotate() {
        String primary = keys.rotate();
        cipher = new AesGcmFieldCipher(keys.keyRing(), random);
        LOG.info("Data key {} is now primary in {}", primary, keys.path());
        return primary;
    }

    @Override
    public String encrypt(String plaintext) {
        return cipher.encrypt(plaintext);
    }

    @Override
    public String decrypt(String sealed) {
        try {
            return cipher.decrypt(sealed);
        } catch (TamperedFieldException e) {
            // the message names the key and the fault, never the value
            LOG.error("Refused a stored field: {}", e.getMessage());
            throw e;
        }
    }

    @Override
    public String blindIndex(String value) {
        return cipher.blindIndex(value);
    }

    @Override
    public boolean needsReencryption(String sealed) {
        return cipher.needsReencryption(sealed);
    }
}
