/** Encryption of sensitive fields at rest. */
@Version("1.1.0")
package org.cabinet.api.crypto;

import org.osgi.annotation.versioning.Version;
