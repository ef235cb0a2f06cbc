package org.cabinet.audit.internal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Edits an archived segment file as an intruder with a text editor and gzip would. */
public final class SegmentEdits {

    private SegmentEdits() {
    }

    public static List<String> lines(Path segment) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(segment))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    public static void write(Path segment, List<String> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(segment))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Rewrites the line of the event {@code sequence}. */
    public static void editEvent(Path segment, long sequence, UnaryOperator<String> edit) throws IOException {
        List<String> lines = new ArrayList<>(lines(segment));
        String prefix = "{\"seq\":" + sequence + ",";
        int index = lines.indexOf(lines.stream().filter(line -> line.startsWith(prefix)).findFirst().orElseThrow());
        lines.set(index, edit.apply(lines.get(index)));
        write(segment, lines);
    }
}
