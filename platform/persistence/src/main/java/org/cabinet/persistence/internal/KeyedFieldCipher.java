package org.cabinet.persistence.internal;

import java.security.SecureRandom;

import javax.sql.DataSource;

import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.api.crypto.TamperedFieldException;
import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.persistence.internal.crypto.AesGcmFieldCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installation's {@link FieldCipher}, under the current keys of {@link InstallationKeys}. Offered only once
 * the cabinet datasource is up, which {@link CabinetDatabase} registers after checking that these keys are the
 * database's: nothing is ever sealed under keys that do not belong to it.
 */
@Component(service = FieldCipher.class)
public final class KeyedFieldCipher implements FieldCipher {

    private static final Logger LOG = LoggerFactory.getLogger(KeyedFieldCipher.class);

    private final InstallationKeys keys;
    private final SecureRandom random = new SecureRandom();

    /** @param database present once the keys are known to be the database's */
    @Activate
    public KeyedFieldCipher(@Reference InstallationKeys keys,
            @Reference(target = CabinetPersistence.DATA_SOURCE_FILTER) DataSource database) {
        this.keys = keys;
    }

    @Override
    public String encrypt(String plaintext) {
        return cipher().encrypt(plaintext);
    }

    @Override
    public String decrypt(String sealed) {
        try {
            return cipher().decrypt(sealed);
        } catch (TamperedFieldException e) {
            // the message names the key and the fault, never the value
            LOG.error("Refused a stored field: {}", e.getMessage());
            throw e;
        }
    }

    @Override
    public String blindIndex(String value) {
        return cipher().blindIndex(value);
    }

    @Override
    public boolean needsReencryption(String sealed) {
        return cipher().needsReencryption(sealed);
    }

    // a rotation gives a new ring; the cipher over it is a light object
    private FieldCipher cipher() {
        return new AesGcmFieldCipher(keys.keyRing(), random);
    }
}
