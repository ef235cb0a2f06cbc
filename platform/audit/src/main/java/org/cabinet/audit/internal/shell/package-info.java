/** The local console's commands for the audit log. */
@Header(name = "Karaf-Commands", value = "org.cabinet.audit.internal.shell")
package org.cabinet.audit.internal.shell;

import org.osgi.annotation.bundle.Header;
