/**
 * Billing's extension point: the acts a specialty module bills, contributed as whiteboard services and priced by
 * the clinical core on the date of the encounter.
 */
@Version("1.0.0")
package org.cabinet.api.billing;

import org.osgi.annotation.versioning.Version;
