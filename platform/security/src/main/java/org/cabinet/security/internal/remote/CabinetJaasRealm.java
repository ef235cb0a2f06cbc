package org.cabinet.security.internal.remote;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.cabinet.security.internal.login.LoginService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The JAAS realm {@value #NAME}, which Karaf's remote shell uses ({@code sshRealm} in
 * {@code etc/org.apache.karaf.shell.cfg}): only Cabinet's administrators log in, with their password followed by
 * their current second-factor code, and nobody from {@code etc/users.properties}.
 */
@Component(service = JaasRealm.class)
public final class CabinetJaasRealm implements JaasRealm {

    public static final String NAME = "cabinet";
    static final String LOGIN_SERVICE = "org.cabinet.security.login";

    private final AppConfigurationEntry[] entries;

    @Activate
    public CabinetJaasRealm(@Reference LoginService logins, BundleContext context) {
        // Karaf's proxy finds the module in this bundle; JAAS itself would look on the class path
        Map<String, Object> options = Map.of(ProxyLoginModule.PROPERTY_MODULE, CabinetLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()), LOGIN_SERVICE, logins);
        this.entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options) };
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
