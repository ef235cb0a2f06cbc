package org.cabinet.security.internal.remote;

import java.security.Principal;

/**
 * The Cabinet administrator behind a remote shell session, by account id: what the commands it runs are audited
 * under.
 */
record AdministratorPrincipal(String userId, String username, String clientAddress) implements Principal {

    @Override
    public String getName() {
        return username;
    }
}
