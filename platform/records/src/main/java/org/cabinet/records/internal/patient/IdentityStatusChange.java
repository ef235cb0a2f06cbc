package org.cabinet.records.internal.patient;

import java.util.List;

/**
 * A new identity status and what it rests on.
 *
 * @param status {@code PROV}, {@code RECUP}, {@code VALI} or {@code QUAL}
 * @param basis  {@code identity-document} (a document with a photograph seen), {@code insi-result} (an INSi result
 *               imported); VALI needs the first, RECUP the second, QUAL both
 */
public record IdentityStatusChange(String status, List<String> basis) {
}
