package org.cabinet.audit.internal.archive;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import org.cabinet.api.crypto.Signatures;
import org.cabinet.audit.internal.store.AuditRepository.StoredEvent;

/**
 * An archived segment on disk: NDJSON compressed with gzip (header line, one line per event, seal line), so
 * that {@code zcat} and any JSON tool read it; written durably, and read back with its seal checked.
 */
public final class SegmentFile {

    private SegmentFile() {
    }

    /**
     * Writes the events, in chain order, as a sealed segment in the folder.
     *
     * @return what the segment holds; its file is {@link Segment#fileName()}
     * @throws java.nio.file.FileAlreadyExistsException when that file exists: it is left as it is
     */
    public static Segment write(Path folder, List<StoredEvent> events, Signatures signatures) throws IOException {
        Segment segment = Segment.of(events);
        DurableFiles.write(folder.resolve(segment.fileName()), out -> {
            GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
            Writer text = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
            MessageDigest digest = sha256();
            writeLine(text, digest, SegmentLines.header(segment));
            for (StoredEvent event : events) {
                writeLine(text, digest, SegmentLines.event(event));
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            String signature = signatures.sign(SegmentLines.signedContent(segment.first(), segment.last(), sha256));
            text.write(SegmentLines.seal(sha256, signature));
            text.write('\n');
            text.flush();
            gzip.finish();
        });
        return segment;
    }

    /**
     * Reads a segment, handing its events over as they come, and checks that its name, its header, its events and
     * its seal agree and that the seal carries this installation's signature. Whether the events form a chain is
     * for the caller to walk.
     *
     * @throws SegmentException saying what is wrong with the file
     */
    public static Segment read(Path file, Signatures signatures, Consumer<StoredEvent> visitor)
            throws IOException, SegmentException {
        String name = file.getFileName().toString();
        MessageDigest digest = sha256();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            Segment header = SegmentLines.header(line == null ? "" : line);
            digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            if (!name.equals(header.fileName())) {
                throw new SegmentException(name, "its name does not match the events its header names");
            }
            Tally tally = new Tally();
            String[] seal = null;
            while (seal == null && (line = lines.readLine()) != null) {
                seal = SegmentLines.seal(line);
                if (seal == null) {
                    digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                    StoredEvent event = SegmentLines.event(line);
                    tally.add(event);
                    visitor.accept(event);
                }
            }
            if (seal == null) {
                throw new SegmentException(name, "it has no seal: it was cut short");
            }
            if (lines.readLine() != null) {
                throw new SegmentException(name, "lines follow its seal");
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            if (!sha256.equals(seal[0]) || !signatures.verify(SegmentLines.signedContent(header.first(),
                    header.last(), sha256), seal[1])) {
                throw new SegmentException(name, "its seal does not hold: the file was altered, or was not written by "
                        + "this installation");
            }
            if (!tally.matches(header)) {
                throw new SegmentException(name, "its header does not describe the events it holds");
            }
            return header;
        } catch (ZipException | EOFException e) {
            throw new SegmentException(name, "it cannot be decompressed: the file is damaged or cut short");
        } catch (IllegalArgumentException e) {
            throw new SegmentException(name, e.getMessage() + ": the file was altered");
        }
    }

    private static void writeLine(Writer text, MessageDigest digest, String line) throws IOException {
        text.write(line);
        text.write('\n');
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** The events a segment file actually holds, to hold its header against. */
    private static final class Tally {
        private StoredEvent first;
        private StoredEvent last;
        private long count;

        void add(StoredEvent event) {
            if (first == null) {
                first = event;
            }
            last = event;
            count++;
        }

        boolean matches(Segment header) {
            return first != null && count == header.events() && first.readable() && last.readable()
                    && Segment.of(List.of(first, last)).equals(header);
        }
    }
}
