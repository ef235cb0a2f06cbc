/**
 * The audit log: a tamper-evident record of every access to health data and of every security-relevant event,
 * and the alerts raised when an account behaves like an intruder.
 */
@Version("1.1.0")
package org.cabinet.api.audit;

import org.osgi.annotation.versioning.Version;
