/** The local console's commands for the encryption keys. */
@Header(name = "Karaf-Commands", value = "org.cabinet.persistence.internal.shell")
package org.cabinet.persistence.internal.shell;

import org.osgi.annotation.bundle.Header;
