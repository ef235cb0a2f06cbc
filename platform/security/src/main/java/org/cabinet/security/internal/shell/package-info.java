/** The local console's commands for identity and access. */
@Header(name = "Karaf-Commands", value = "org.cabinet.security.internal.shell")
package org.cabinet.security.internal.shell;

import org.osgi.annotation.bundle.Header;
