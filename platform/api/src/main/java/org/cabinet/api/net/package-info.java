/** The network as Cabinet's services see it: the address links sent to people use, and the real client behind proxies. */
@Version("1.0.0")
package org.cabinet.api.net;

import org.osgi.annotation.versioning.Version;
