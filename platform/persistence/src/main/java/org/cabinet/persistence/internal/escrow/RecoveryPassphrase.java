package org.cabinet.persistence.internal.escrow;

import java.security.SecureRandom;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The passphrase that opens a {@link KeyEscrow}: either one Cabinet generates, or the
 * administrator's own.
 * <p>
 * A generated passphrase holds 120 random bits as 24 characters of Crockford's base32 (digits and
 * the letters except I, L, O and U) in 6 groups of 4, such as {@code K7QM-4XZD-81HV-PC3N-WE6R-0TYB}.
 * <p>
 * {@link #normalise} turns what someone typed into the passphrase the escrow is sealed with, by
 * this rule:
 * <ol>
 * <li>when, without its spaces and dashes, the text is 24 characters of Crockford's base32 in any
 * case, with I and L read as 1 and O as 0, it is a generated passphrase, written in its canonical
 * form (upper case, 6 groups of 4 joined by dashes);</li>
 * <li>otherwise, when the text looks like a generated passphrase typed wrong (5 to 7 groups of 3
 * to 5 letters or digits, separated by spaces or dashes, at least 4 of them of exactly 4), it is
 * refused, naming the wrong character or the wrong length;</li>
 * <li>otherwise it is the administrator's own passphrase, kept exactly as typed, which needs at
 * least 16 characters.</li>
 * </ol>
 * Sealing and opening both apply the rule, so an own passphrase that happens to fit the first case
 * is simply canonicalised on both sides.
 */
public final class RecoveryPassphrase {

    /** The characters of a generated passphrase, each worth 5 bits. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** The fewest characters of an administrator's own passphrase. */
    public static final int OWN_MINIMUM_LENGTH = 16;

    private static final int GROUPS = 6;
    private static final int GROUP_LENGTH = 4;
    private static final int LENGTH = GROUPS * GROUP_LENGTH;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern GROUPED = Pattern.compile("[\\s-]*[0-9A-Za-z]{3,5}(?:[\\s-]+[0-9A-Za-z]{3,5}){4,6}[\\s-]*");

    private RecoveryPassphrase() {
    }

    /** @return a new passphrase of 120 random bits in its canonical form */
    public static String generate(SecureRandom random) {
        char[] symbols = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            symbols[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return grouped(symbols);
    }

    /**
     * Turns what someone typed into the passphrase to seal or open an escrow with, following the
     * rule of this class.
     *
     * @throws IllegalArgumentException with a one-line message saying what is wrong, never
     *                                  repeating the passphrase
     */
    public static String normalise(String typed) {
        String compact = SEPARATORS.matcher(typed).replaceAll("");
        char[] symbols = compact.length() == LENGTH ? symbols(compact) : null;
        if (symbols != null) {
            return grouped(symbols);
        }
        if (looksGenerated(typed)) {
            throw new IllegalArgumentException(mistake(typed, compact));
        }
        if (typed.codePointCount(0, typed.length()) < OWN_MINIMUM_LENGTH) {
            throw new IllegalArgumentException("A passphrase needs at least " + OWN_MINIMUM_LENGTH
                    + " characters; a recovery passphrase has " + LENGTH + " (" + GROUPS + " groups of " + GROUP_LENGTH + ")");
        }
        return typed;
    }

    private static char[] symbols(String compact) {
        char[] symbols = new char[compact.length()];
        for (int i = 0; i < symbols.length; i++) {
            char symbol = symbol(compact.charAt(i));
            if (symbol == 0) {
                return null;
            }
            symbols[i] = symbol;
        }
        return symbols;
    }

    /** @return the canonical symbol that {@code typed} stands for, or 0 when it stands for none */
    private static char symbol(char typed) {
        char upper = Character.toUpperCase(typed);
        char read = switch (upper) {
            case 'I', 'L' -> '1';
            case 'O' -> '0';
            default -> upper;
        };
        return read < 128 && ALPHABET.indexOf(read) >= 0 ? read : 0;
    }

    private static boolean looksGenerated(String typed) {
        if (!GROUPED.matcher(typed).matches()) {
            return false;
        }
        return groups(typed).stream().filter(group -> group.length() == GROUP_LENGTH).count() >= GROUPS - 2;
    }

    private static String mistake(String typed, String compact) {
        List<String> groups = groups(typed);
        for (int g = 0; g < groups.size(); g++) {
            for (char c : groups.get(g).toCharArray()) {
                if (symbol(c) == 0) {
                    return "A recovery passphrase has no letter " + Character.toUpperCase(c) + " (group " + (g + 1)
                            + "): it is made of digits and letters other than U";
                }
            }
        }
        return "The recovery passphrase has " + compact.length() + " characters instead of " + LENGTH + " ("
                + GROUPS + " groups of " + GROUP_LENGTH + "); check each group";
    }

    private static List<String> groups(String typed) {
        return SEPARATORS.splitAsStream(typed.strip()).filter(group -> !group.isEmpty()).toList();
    }

    private static String grouped(char[] symbols) {
        StringBuilder text = new StringBuilder(LENGTH + GROUPS - 1);
        for (int i = 0; i < symbols.length; i++) {
            if (i > 0 && i % GROUP_LENGTH == 0) {
                text.append('-');
            }
            text.append(symbols[i]);
        }
        return text.toString();
    }
}
