/** What the clinical core tells modules about patients. */
@Version("1.0.0")
package org.cabinet.api.records;

import org.osgi.annotation.versioning.Version;
