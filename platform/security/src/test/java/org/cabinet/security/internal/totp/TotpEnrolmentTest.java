package org.cabinet.security.internal.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TotpEnrolmentTest {

    @Test
    void theUriCarriesTheSecretInBase32AndTheAccount() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        TotpEnrolment enrolment = TotpEnrolment.of(secret, "dr.martin@cabinet");
        assertThat(enrolment.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(enrolment.uri()).isEqualTo("otpauth://totp/Cabinet:dr.martin%40cabinet?secret="
                + "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Cabinet&algorithm=SHA1&digits=6&period=30");
        assertThat(TotpEnrolment.decode(enrolment.base32())).isEqualTo(secret);
    }

    @Test
    void theQrCodeIsAnSvgDocument() {
        TotpEnrolment enrolment = TotpEnrolment.create("secretariat");
        assertThat(enrolment.qrSvg()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("<path fill=\"#000\" d=\"M");
        assertThat(enrolment.secret()).hasSize(20);
        assertThat(TotpEnrolment.decode(enrolment.base32())).isEqualTo(enrolment.secret());
    }

    @Test
    void secretsAreNeverTheSameTwice() {
        assertThat(TotpEnrolment.create("a").base32()).isNotEqualTo(TotpEnrolment.create("a").base32());
    }
}
