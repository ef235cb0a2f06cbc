package org.cabinet.security.internal.totp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.bouncycastle.util.encoders.Base32;
import org.cabinet.security.internal.Secrets;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A new second-factor secret and what the person needs to put it in an authenticator app: the
 * {@code otpauth://} URI, the same as a QR code (SVG), and the secret in Base32 to type by hand.
 *
 * @param secret   the raw secret, 160 bits as RFC 4226 recommends
 * @param base32   the secret as authenticator apps take it
 * @param uri      the {@code otpauth://totp/...} URI
 * @param qrSvg    the URI as a QR code, an SVG document
 */
public record TotpEnrolment(byte[] secret, String base32, String uri, String qrSvg) {

    private static final int SECRET_BYTES = 20;
    private static final String ISSUER = "Cabinet";

    /** @param account the account's name, shown in the app beside the issuer */
    public static TotpEnrolment create(String account) {
        return of(Secrets.bytes(SECRET_BYTES), account);
    }

    static TotpEnrolment of(byte[] secret, String account) {
        String base32 = Base32.toBase32String(secret).replace("=", "");
        String label = encode(ISSUER) + ":" + encode(account);
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP.getSeconds();
        return new TotpEnrolment(secret.clone(), base32, uri, svg(uri));
    }

    /** @return the raw secret of a Base32 text (as stored sealed) */
    public static byte[] decode(String base32) {
        String padded = base32 + "=".repeat((8 - base32.length() % 8) % 8);
        return Base32.decode(padded);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String svg(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                    + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                    + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("the enrolment URI does not fit in a QR code", e);
        }
    }
}
