package org.cabinet.itests.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.osgi.framework.Bundle;

/** Every feature Cabinet ships installs in a fresh Cabinet, and all its bundles then run. */
public class CabinetFeaturesIT extends CabinetTestSupport {

    @Test
    public void everyCabinetFeatureInstalls() throws Exception {
        List<Feature> cabinet = Arrays.stream(featuresService.listFeatures())
                .filter(feature -> feature.getName().startsWith("cabinet-") || feature.getName().startsWith("cabinet.tp-"))
                .toList();
        assertThat(cabinet).extracting(Feature::getName).contains("cabinet-core", "cabinet.tp-rest");

        for (Feature feature : cabinet) {
            featuresService.installFeature(feature, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            assertThat(featuresService.isInstalled(feature)).as(feature.getName()).isTrue();
            for (BundleInfo info : feature.getBundles()) {
                Bundle bundle = bundleContext.getBundle(info.getLocation());
                assertThat(bundle).as("%s of %s", info.getLocation(), feature.getName()).isNotNull();
                if (bundle.getHeaders().get("Fragment-Host") == null) {
                    assertThat(bundle.getState()).as("%s of %s", bundle.getSymbolicName(), feature.getName()).isEqualTo(Bundle.ACTIVE);
                }
            }
        }
        awaitHealthy();
        assertThat(json(get("/api/health", java.util.Map.of())).path("modules")).isNotEmpty();
    }
}
