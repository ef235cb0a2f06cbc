/**
 * Identity and access: the roles and permissions of Cabinet, the caller of the current request, and the checks
 * every service that serves health data makes before it answers (permission, care relationship, break-glass).
 */
@Version("1.0.0")
package org.cabinet.api.security;

import org.osgi.annotation.versioning.Version;
