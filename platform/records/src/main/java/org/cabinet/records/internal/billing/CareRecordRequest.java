package org.cabinet.records.internal.billing;

import java.util.List;

/**
 * The billing of one encounter, as a client sends it (to create the care record, or to replace its acts).
 *
 * @param encounterId the encounter billed (on creation; ignored on a change)
 * @param acts        the acts, priced on the encounter's date
 * @param exemption   NONE, ALD, MATERNITY or WORK_ACCIDENT; NONE when absent
 * @param thirdParty  NONE, AMO or AMO_AMC; NONE when absent
 */
public record CareRecordRequest(String encounterId, List<ActRequest> acts, String exemption, String thirdParty) {
}
