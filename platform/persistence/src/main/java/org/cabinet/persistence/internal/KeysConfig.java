package org.cabinet.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Cabinet encryption keys", description = "Where the keys that encrypt health data at rest are kept.")
@interface KeysConfig {

    @AttributeDefinition(description = "PKCS#12 keystore of the data keys, absolute or relative to Cabinet's folder. "
            + "Keep it outside data/ (the database) and back it up apart from it.")
    String keystore() default "keys/cabinet.p12";
}
