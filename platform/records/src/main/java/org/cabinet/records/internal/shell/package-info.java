/** The local console's commands for the clinical core. */
@Header(name = "Karaf-Commands", value = "org.cabinet.records.internal.shell")
package org.cabinet.records.internal.shell;

import org.osgi.annotation.bundle.Header;
