package org.cabinet.security.internal.login;

import java.time.Duration;

import org.cabinet.security.internal.session.IssuedSession;
import org.cabinet.security.internal.store.UserAccount;

/** How a login ended. Every refusal looks the same whether the account exists or not. */
public sealed interface LoginOutcome {

    /** Logged in: a new session. */
    record LoggedIn(UserAccount account, IssuedSession session) implements LoginOutcome {
    }

    /** Wrong name, password or code, or an account that may not log in: one answer for all. */
    record Refused() implements LoginOutcome {
    }

    /** The password was right and the account has a second factor: ask for its code. */
    record SecondFactorRequired() implements LoginOutcome {
    }

    /** Too many failures lately, for this account or from this address: try again later. */
    record Throttled(Duration retryAfter) implements LoginOutcome {
    }
}
