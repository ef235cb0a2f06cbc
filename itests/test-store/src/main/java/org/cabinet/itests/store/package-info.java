/** A store of test records, kept the way every Cabinet bundle keeps its data. */
@Version("1.0.0")
package org.cabinet.itests.store;

import org.osgi.annotation.versioning.Version;
