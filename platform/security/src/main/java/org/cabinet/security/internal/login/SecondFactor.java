package org.cabinet.security.internal.login;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.security.internal.Secrets;
import org.cabinet.security.internal.store.SecurityDatabase;
import org.cabinet.security.internal.store.UserStore;
import org.cabinet.security.internal.totp.Totp;
import org.cabinet.security.internal.totp.TotpEnrolment;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The TOTP second factor of an account: enrolment (a new secret, stored sealed, not in force until a code from
 * it is confirmed), confirmation (then ten one-time recovery codes, stored hashed), and checking codes.
 */
@Component(service = SecondFactor.class)
public final class SecondFactor {

    static final int RECOVERY_CODES = 10;
    static final int RECOVERY_CODE_LENGTH = 12;

    private final SecurityDatabase database;
    private final FieldCipher cipher;
    private final Totp totp = new Totp();

    @Activate
    public SecondFactor(@Reference SecurityDatabase database, @Reference FieldCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    /** Starts (or restarts) the enrolment of an account whose second factor is not in force yet. */
    public TotpEnrolment begin(String userId, String username) {
        TotpEnrolment enrolment = TotpEnrolment.create(username);
        String sealed = cipher.encrypt(enrolment.base32());
        database.sql().inTransaction(connection -> {
            UserStore.setPendingTotp(connection, userId, sealed);
            return null;
        });
        return enrolment;
    }

    /**
     * Puts the pending second factor in force if {@code code} is one of its current codes.
     *
     * @return the recovery codes, shown once; empty when the code is wrong or nothing is pending
     */
    public Optional<List<String>> confirm(String userId, String code, Instant now) {
        OptionalLong step = matchingStep(userId, code, now);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = Secrets.typedCode(RECOVERY_CODE_LENGTH);
            codes.add(recovery);
            hashes.add(Secrets.hash(Secrets.normaliseCode(recovery)));
        }
        boolean confirmed = database.sql().inTransaction(connection -> {
            if (!UserStore.useTotpStep(connection, userId, step.getAsLong())) {
                return false;
            }
            UserStore.enableTotp(connection, userId);
            UserStore.replaceRecoveryCodes(connection, userId, hashes);
            return true;
        });
        return confirmed ? Optional.of(codes) : Optional.empty();
    }

    /** @return the time step of {@code code} if it is a current code of the account's stored secret */
    OptionalLong matchingStep(String userId, String code, Instant now) {
        Optional<String> sealed = database.sql().inTransaction(connection -> UserStore.sealedTotp(connection, userId));
        if (sealed.isEmpty()) {
            return OptionalLong.empty();
        }
        return totp.matchingStep(TotpEnrolment.decode(cipher.decrypt(sealed.get())), code, now);
    }
}
