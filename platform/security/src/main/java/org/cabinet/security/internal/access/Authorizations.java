package org.cabinet.security.internal.access;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.cabinet.security.internal.store.RolePermissionStore;
import org.cabinet.security.internal.store.SecurityDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Which role holds which permission, as administrators set it. Read once and kept, since every request asks;
 * changed through {@link #replace}, which also refreshes what this node keeps. Another node's change is seen
 * after {@link #refresh()} (every minute, by the housekeeping).
 */
@Component(service = Authorizations.class)
public final class Authorizations {

    private final SecurityDatabase database;
    private final AtomicReference<Map<String, Set<String>>> byRole = new AtomicReference<>();

    @Activate
    public Authorizations(@Reference SecurityDatabase database) {
        this.database = database;
        refresh();
    }

    /** @return the permissions the roles hold together */
    public Set<String> permissionsOf(Set<String> roles) {
        Set<String> permissions = new HashSet<>();
        Map<String, Set<String>> current = byRole.get();
        roles.forEach(role -> permissions.addAll(current.getOrDefault(role, Set.of())));
        return permissions;
    }

    /** @return every role's permissions */
    public Map<String, Set<String>> all() {
        return byRole.get();
    }

    public void replace(String role, Set<String> permissions) {
        database.sql().inTransaction(connection -> {
            RolePermissionStore.replace(connection, role, permissions);
            return null;
        });
        refresh();
    }

    public void refresh() {
        byRole.set(Map.copyOf(database.sql().inTransaction(RolePermissionStore::all)));
    }
}
