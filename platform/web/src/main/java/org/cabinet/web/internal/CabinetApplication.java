package org.cabinet.web.internal;

import javax.ws.rs.core.Application;

import org.cabinet.api.rest.CabinetRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The core JAX-RS application under {@code /api}; core resources join it through the whiteboard.
 * It comes up only once JSON and problem answers are there, so that no request is ever served
 * without them.
 */
@Component(service = Application.class)
@JaxrsApplicationBase(CabinetRest.APPLICATION_BASE)
@JaxrsName(CabinetRest.APPLICATION_NAME)
@JaxrsExtensionSelect({ CabinetRest.JSON_SELECT, CabinetRest.PROBLEM_SELECT })
public final class CabinetApplication extends Application {
}
