/** Names shared by Cabinet's REST resources and the modules' own JAX-RS applications. */
@Version("1.2.0")
package org.cabinet.api.rest;

import org.osgi.annotation.versioning.Version;
