/** What Cabinet's services say about their own state, gathered by {@code GET /api/health}. */
@Version("1.0.0")
package org.cabinet.api.health;

import org.osgi.annotation.versioning.Version;
