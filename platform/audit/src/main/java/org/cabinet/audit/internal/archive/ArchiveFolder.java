package org.cabinet.audit.internal.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The folder of the archived segments, outside the database: a second disk or a mounted share in practice. */
public final class ArchiveFolder {

    private final Path folder;

    public ArchiveFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path path() {
        return folder;
    }

    /** @return the segment files, in chain order (none when the folder does not exist) */
    public List<Path> segments() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> Segment.range(file.getFileName().toString()).isPresent()).sorted().toList();
        }
    }

    /** @return the segment file whose first event is {@code first}, if there is one */
    public Optional<Path> segmentFrom(long first) throws IOException {
        return segments().stream()
                .filter(file -> Segment.range(file.getFileName().toString()).orElseThrow()[0] == first).findFirst();
    }
}
