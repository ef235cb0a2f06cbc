package org.cabinet.security.internal.users;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.cabinet.security.internal.store.UserAccount;

/**
 * An account as administrators and its owner see it: never its password hash nor its second-factor secret.
 *
 * @param status       {@code active}, {@code disabled} or {@code frozen}
 * @param statusReason why it is not active, e.g. {@code inactive}, {@code by-administrator}, {@code alert:distinct-patients}
 * @param secondFactor whether its second factor is in force
 */
public record UserView(String id, String username, String displayName, List<String> roles, String status,
        String statusReason, boolean secondFactor, Instant created, Instant lastActive) {

    public static UserView of(UserAccount account) {
        return new UserView(account.id(), account.username(), account.displayName(),
                account.roles().stream().sorted().toList(), account.status().name().toLowerCase(Locale.ROOT),
                account.statusReason(), account.totpEnabled(), account.created(), account.lastActive());
    }
}
