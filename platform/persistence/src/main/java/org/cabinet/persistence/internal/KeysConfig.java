package org.cabinet.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Cabinet encryption keys", description = "Where the keys that encrypt health data at rest are kept.")
@interface KeysConfig {

    @AttributeDefinition(description = "PKCS#12 keystore of the data keys, absolute or relative to Cabinet's folder. "
            + "Keep it outside data/ (the database) and back it up apart from it.")
    String keystore() default "keys/cabinet.p12";

    @AttributeDefinition(description = "Escrow file: a copy of the keystore that only the recovery passphrase opens, "
            + "absolute or relative to Cabinet's folder. Made at first start, rewritten after every rotation. Keep a "
            + "copy away from this machine, or point this at a second disk or a mounted share.")
    String escrow() default "keys/cabinet-keys.escrow";
}
