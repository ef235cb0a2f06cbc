package org.cabinet.web.internal.network;

import java.net.URI;

import org.cabinet.api.net.ClientNetwork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link ClientNetwork} as {@code etc/org.cabinet.web.network.cfg} sets it, and as it is in effect. */
@Component
public final class CabinetClientNetwork implements ClientNetwork {

    private final WebNetwork network;

    @Activate
    public CabinetClientNetwork(@Reference WebNetwork network) {
        this.network = network;
    }

    @Override
    public URI publicBaseUrl() {
        return network.publicBaseUrl();
    }

    @Override
    public String clientAddress(String peerAddress, String forwardedFor) {
        return network.settings().proxies().clientAddress(peerAddress, forwardedFor);
    }
}
