package org.cabinet.records.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What insurers owe directly under third-party payment. */
class ThirdPartyTest {

    @Test
    void thePatientPaysAllWithoutThirdPartyPayment() {
        assertThat(ThirdParty.NONE.awaitedCents(3000, Exemption.ALD)).isZero();
    }

    @Test
    void compulsoryInsurancePaysSeventyPercentOrAllInAContextCoveredInFull() {
        assertThat(ThirdParty.AMO.awaitedCents(3000, Exemption.NONE)).isEqualTo(2100);
        assertThat(ThirdParty.AMO.awaitedCents(3000, Exemption.ALD)).isEqualTo(3000);
        assertThat(ThirdParty.AMO.awaitedCents(2650, Exemption.MATERNITY)).isEqualTo(2650);
        assertThat(ThirdParty.AMO.awaitedCents(3000, Exemption.WORK_ACCIDENT)).isEqualTo(3000);
    }

    @Test
    void bothInsurersPayEverything() {
        assertThat(ThirdParty.AMO_AMC.awaitedCents(5750, Exemption.NONE)).isEqualTo(5750);
    }
}
