/**
 * Keeping a bundle's data: the cabinet datasource, schema migrations applied at bundle start, sealed columns
 * that the key rotation re-encrypts, and short local transactions.
 */
@Version("1.0.0")
package org.cabinet.api.persistence;

import org.osgi.annotation.versioning.Version;
