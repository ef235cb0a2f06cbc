package org.cabinet.security.internal.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters (long passphrases welcome, up to
 * {@value #MAX_LENGTH}), and neither one of the common passwords shipped with Cabinet nor one of them with a few
 * digits or signs added at the end ({@code sunshine2024!}), in any case.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    private static final String COMMON = "dictionaries/passwords.txt";
    /** a common word followed by at most this many digits or signs is as easy to guess as the word */
    private static final Pattern GUESSABLE_SUFFIX = Pattern.compile("(.{6,}?)[\\p{N}\\p{P}\\p{S}\\s]{1,6}");

    private final Set<String> common;

    /** Loads the list shipped in this bundle. */
    public PasswordPolicy() {
        this(loadCommon());
    }

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** @return why the password is refused, as a stable id ({@code too-short}, {@code too-long}, {@code common}), or empty */
    public Optional<String> refusal(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("too-long");
        }
        String folded = password.strip().toLowerCase(Locale.ROOT);
        Matcher suffixed = GUESSABLE_SUFFIX.matcher(folded);
        if (common.contains(folded) || suffixed.matches() && common.contains(suffixed.group(1))) {
            return Optional.of("common");
        }
        return Optional.empty();
    }

    /** @return how many common passwords a long-enough password is compared with */
    public int commonCount() {
        return common.size();
    }

    private static Set<String> loadCommon() {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing from the bundle");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                // shorter ones only matter as the start of a longer one
                if (line.length() >= 6) {
                    common.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the list of common passwords cannot be read", e);
        }
        common.addAll(FrenchCommonPasswords.LIST);
        return common;
    }
}
