/**
 * The audit log of the benchmark's "auditing off" installation: bench/clinical.sh adds this bundle to its own copy
 * of the distribution, never to Cabinet itself, which has and must have no way to stop auditing.
 */
package org.cabinet.bench.noaudit.internal;
