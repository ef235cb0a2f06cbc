/** Time as a service: the practice's clock and zone. */
@Version("1.0.0")
package org.cabinet.api.time;

import org.osgi.annotation.versioning.Version;
