package org.cabinet.audit.internal.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The anchors, one file per archiving step, beside the checkpoints: whoever edits the database cannot also
 * rewrite where the archive says the online chain starts, nor hide that a segment existed.
 */
public final class AnchorFiles {

    private final Path folder;

    /** @param folder the checkpoints' folder */
    public AnchorFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /**
     * Writes the anchor's file, unless the same anchor is there already (an archiving step run again).
     *
     * @throws IOException when another anchor holds its name: it is left as it is
     */
    public void write(Anchor anchor) throws IOException {
        Path file = folder.resolve(anchor.fileName());
        if (Files.exists(file)) {
            Anchor existing = Anchor.parse(file, Files.readString(file, StandardCharsets.UTF_8));
            if (existing.equals(anchor)) {
                return;
            }
            throw new IOException("the anchor file " + file + " exists and says otherwise");
        }
        DurableFiles.write(file, out -> out.write(anchor.text().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @return every anchor file, in chain order
     * @throws IllegalArgumentException naming a file that is no anchor
     */
    public List<Anchor> all() throws IOException {
        return StatementText.readAll(folder, "anchor-\\d{19}\\.txt", Anchor::parse);
    }
}
