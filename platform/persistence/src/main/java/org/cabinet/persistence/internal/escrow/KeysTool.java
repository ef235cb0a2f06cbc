package org.cabinet.persistence.internal.escrow;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Map;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.cabinet.persistence.internal.crypto.KeyStoreFileException;
import org.cabinet.persistence.internal.crypto.KeyStoreFiles;

/**
 * {@code bin/cabinet-keys}: puts the keys back from a key escrow, or checks an escrow's passphrase,
 * while Cabinet is stopped. It runs on the JDK alone, {@code java -cp <the persistence jar>}, and
 * does its work through {@link EscrowRecovery}.
 * <pre>
 * cabinet-keys restore &lt;escrow-file&gt; [--keystore &lt;path&gt;]
 * cabinet-keys verify &lt;escrow-file&gt; [--keystore &lt;path&gt;]
 * cabinet-keys escrow &lt;escrow-file&gt; [--keystore &lt;path&gt;]
 * </pre>
 * The keystore is {@code keys/cabinet.p12} in the current folder unless given. The passphrase is
 * read from the console without echo, or as one line of standard input when there is no console.
 * The result is one line on standard output; a failure is one line on standard error.
 * <p>
 * Exit status: 0 done (for {@code verify}: the escrow holds the keystore's current keys);
 * 1 failed; 2 wrong arguments; 3 {@code verify} only: the passphrase opens the escrow, but it
 * holds other keys than the keystore, or there is no keystore.
 */
public final class KeysTool {

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int WRONG_ARGUMENTS = 2;
    static final int OTHER_KEYS = 3;

    private static final String NAME = "cabinet-keys";
    private static final DateTimeFormatter ASIDE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String DEFAULT_KEYSTORE = "keys/cabinet.p12";
    private static final String USAGE = """
            Usage: cabinet-keys restore <escrow-file> [--keystore <path>]
                     writes the keys of the escrow as the keystore, moving any keys there aside; Cabinet must be stopped
                   cabinet-keys verify <escrow-file> [--keystore <path>]
                     checks that the passphrase opens the escrow and that it holds the keystore's current keys
                   cabinet-keys escrow <escrow-file> [--keystore <path>]
                     writes a new escrow of the keystore's current keys under a passphrase of your own (typed
                     twice, 16 characters or more), or under a new one printed once when you type nothing;
                     an escrow already there is moved aside
            The keystore is keys/cabinet.p12 in Cabinet's folder unless given. The passphrase is asked for,
            or read as one line of standard input when there is no console.
            """;

    private KeysTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.console(), System.in, System.out, System.err, Clock.systemUTC()));
    }

    /**
     * Runs the tool with its arguments and streams.
     *
     * @param console where to ask for the passphrase, or {@code null} to read it as a line of {@code in}
     * @return the exit status
     */
    static int run(String[] args, Console console, InputStream in, PrintStream out, PrintStream err, Clock clock) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        if (arguments.size() == 1 && List.of("help", "-h", "--help").contains(arguments.get(0))) {
            out.print(USAGE);
            return DONE;
        }
        String keystoreArgument = DEFAULT_KEYSTORE;
        int option = arguments.indexOf("--keystore");
        if (option >= 0) {
            if (option + 1 >= arguments.size()) {
                return wrongArguments(err, "--keystore needs a path");
            }
            keystoreArgument = arguments.remove(option + 1);
            arguments.remove(option);
        }
        if (arguments.isEmpty()) {
            return wrongArguments(err, "say restore, verify or escrow");
        } else if (!List.of("restore", "verify", "escrow").contains(arguments.get(0))) {
            return wrongArguments(err, "unknown command " + arguments.get(0));
        } else if (arguments.size() != 2 || arguments.get(1).startsWith("-")) {
            return wrongArguments(err, arguments.get(0) + " takes one escrow file, and --keystore <path> at most");
        }
        try {
            Path escrowFile = Path.of(arguments.get(1)).toAbsolutePath().normalize();
            Path keystore = Path.of(keystoreArgument).toAbsolutePath().normalize();
            BufferedReader lines = console == null ? new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()))
                    : null;
            if (arguments.get(0).equals("escrow")) {
                return escrow(escrowFile, keystore, console, lines, out, clock);
            }
            // a missing or damaged file is told before anyone types a passphrase for nothing
            KeyEscrow.keyPairFingerprint(escrowFile);
            char[] passphrase = passphrase(console, lines, "Recovery passphrase of " + escrowFile + ": ");
            try {
                EscrowRecovery recovery = new EscrowRecovery(clock);
                return arguments.get(0).equals("restore") ? restore(recovery, escrowFile, keystore, passphrase, out)
                        : verify(recovery, escrowFile, keystore, passphrase, out);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        } catch (KeyEscrowException | KeyStoreFileException | IllegalArgumentException e) {
            return failed(err, e.getMessage());
        } catch (IOException e) {
            return failed(err, "Cannot read the passphrase: " + e);
        } catch (RuntimeException e) {
            return failed(err, "Unexpected failure: " + e);
        }
    }

    private static int restore(EscrowRecovery recovery, Path escrowFile, Path keystore, char[] passphrase, PrintStream out) {
        EscrowRecovery.Restored restored = recovery.restore(escrowFile, keystore, passphrase);
        if (restored.alreadyInPlace()) {
            out.println("The keystore " + keystore + " already holds exactly the keys of " + escrowFile
                    + "; nothing written. The passphrase is recorded as tested.");
        } else if (restored.movedAside().isEmpty()) {
            out.println("Restored the keys of " + escrowFile + " into " + keystore + ". Start Cabinet.");
        } else {
            out.println("Restored the keys of " + escrowFile + " into " + keystore + "; the files there before are kept as "
                    + restored.movedAside().stream().map(path -> path.getFileName().toString()).collect(Collectors.joining(", "))
                    + ". Start Cabinet.");
        }
        return DONE;
    }

    private static int verify(EscrowRecovery recovery, Path escrowFile, Path keystore, char[] passphrase, PrintStream out) {
        EscrowRecovery.Comparison comparison = recovery.verify(escrowFile, keystore, passphrase);
        out.println(switch (comparison) {
            case SAME_KEYS -> "The passphrase opens " + escrowFile + ", which holds exactly the current keys of " + keystore + ".";
            case OTHER_KEYS -> "The passphrase opens " + escrowFile + ", but it holds other keys than " + keystore
                    + " (an older or newer copy).";
            case NO_KEYSTORE -> "The passphrase opens " + escrowFile + "; there is no keystore at " + keystore
                    + " to compare it with.";
        });
        return comparison == EscrowRecovery.Comparison.SAME_KEYS ? DONE : OTHER_KEYS;
    }

    private static int escrow(Path escrowFile, Path keystore, Console console, BufferedReader lines, PrintStream out,
            Clock clock) throws IOException {
        Map<String, byte[]> keys = KeyStoreFiles.read(keystore);
        String typed = new String(read(console, lines, "New recovery passphrase (nothing: a new one is made for you): "));
        boolean own = !typed.isEmpty();
        SecureRandom random = new SecureRandom();
        String passphrase = own ? RecoveryPassphrase.normalise(typed) : RecoveryPassphrase.generate(random);
        if (own && !typed.equals(new String(read(console, lines, "The same passphrase again: ")))) {
            throw new IllegalArgumentException("The two passphrases differ; nothing written");
        }
        if (Files.exists(escrowFile)) {
            Path aside = escrowFile.resolveSibling(escrowFile.getFileName() + ".replaced-"
                    + ASIDE_TIME.format(clock.instant()));
            Files.move(escrowFile, aside);
            out.println("The escrow there before is kept as " + aside.getFileName() + ".");
        }
        new KeyEscrow(clock, random).create(escrowFile, passphrase.toCharArray(), keys);
        if (own) {
            new EscrowTestMark(keystore).record(KeyEscrow.keyPairFingerprint(escrowFile), clock.instant());
            out.println("Wrote " + escrowFile + " under your passphrase. Keep a copy of it away from this machine.");
        } else {
            out.println("Wrote " + escrowFile + ". Its recovery passphrase, shown only this once:");
            out.println("    Recovery passphrase: " + passphrase);
            out.println("Write it down, keep it and a copy of the file away from this machine, then test them with: "
                    + NAME + " verify " + escrowFile);
        }
        return DONE;
    }

    private static char[] passphrase(Console console, BufferedReader lines, String prompt) throws IOException {
        char[] passphrase = read(console, lines, prompt);
        if (passphrase.length == 0) {
            throw new IllegalArgumentException("No passphrase given");
        }
        return passphrase;
    }

    /** @return what was typed, empty when nothing was */
    private static char[] read(Console console, BufferedReader lines, String prompt) throws IOException {
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? new char[0] : typed;
        }
        String line = lines.readLine();
        return line == null ? new char[0] : line.toCharArray();
    }

    private static int wrongArguments(PrintStream err, String problem) {
        err.println(NAME + ": " + problem);
        err.print(USAGE);
        return WRONG_ARGUMENTS;
    }

    private static int failed(PrintStream err, String message) {
        err.println(NAME + ": " + String.valueOf(message).replaceAll("\\R", " "));
        return FAILED;
    }
}
