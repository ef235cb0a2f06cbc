package org.cabinet.security.internal.users;

import java.util.List;

/** An account an administrator (or the setup, for the first administrator) asks for. */
public record NewUser(String username, String displayName, String password, List<String> roles) {
}
