package org.cabinet.persistence.internal.admin;

import java.util.List;
import java.util.Optional;

import org.cabinet.api.audit.AuditLog;
import org.cabinet.persistence.internal.KeyAdministration;
import org.cabinet.persistence.internal.sealed.ReencryptionOutcome;
import org.cabinet.persistence.internal.sealed.SealedValues;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * What an administrator does to the data keys (rotation, re-encryption, retirement), each recorded in the audit
 * log with who asked and how it ended ({@link AuditedChanges}). The audit log is a dynamic, optional reference:
 * persistence starts before the audit bundle, which needs its database; until the audit log runs, key changes are
 * refused, while everything else of persistence works.
 */
@Component(service = KeyChanges.class)
public final class KeyChanges {

    private final SealedValues values;
    private final KeyAdministration keys;
    private final AuditedChanges audited = new AuditedChanges(() -> Optional.ofNullable(this.auditLog));

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog auditLog;

    @Activate
    public KeyChanges(@Reference SealedValues values, @Reference KeyAdministration keys) {
        this.values = values;
        this.keys = keys;
    }

    /** @return the new primary key's id; stored values are re-encrypted under it in the background */
    public String rotate(String actor) throws Exception {
        return audited.run(actor, "keys-rotate", null, values::rotate, primary -> primary);
    }

    /** @return what was re-encrypted, per column, under the primary key */
    public List<ReencryptionOutcome> reencrypt(String actor) throws Exception {
        String primary = keys.primaryKeyId();
        return audited.run(actor, "keys-reencrypt", primary, values::reencrypt, outcomes -> primary);
    }

    /** Removes a data key for good, once no stored value needs it ({@link SealedValues#retire}). */
    public void retire(String actor, String keyId) throws Exception {
        audited.run(actor, "keys-retire", keyId, () -> {
            values.retire(keyId);
            return keyId;
        }, retired -> retired);
    }
}
