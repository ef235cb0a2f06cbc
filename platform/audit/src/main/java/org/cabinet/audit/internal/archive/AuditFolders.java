package org.cabinet.audit.internal.archive;

import java.nio.file.Path;
import java.util.Objects;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The audit log's folders outside the database, from {@code etc/org.cabinet.audit.cfg}: the signed checkpoints
 * (and the anchors beside them), and the archived segments. Relative paths are under Cabinet's folder.
 */
@Component(service = AuditFolders.class, configurationPid = "org.cabinet.audit")
public final class AuditFolders {

    private final Path checkpoints;
    private final ArchiveFolder archive;

    @Activate
    public AuditFolders(FoldersConfig config, BundleContext context) {
        this(Path.of(Objects.requireNonNullElse(context.getProperty("karaf.base"), ".")), config.checkpoints(),
                config.archive());
    }

    /** @param base the folder relative paths are under */
    public AuditFolders(Path base, String checkpoints, String archive) {
        this.checkpoints = base.resolve(checkpoints).toAbsolutePath().normalize();
        this.archive = new ArchiveFolder(base.resolve(archive));
    }

    public Path checkpoints() {
        return checkpoints;
    }

    public AnchorFiles anchorFiles() {
        return new AnchorFiles(checkpoints);
    }

    public ArchiveFolder archive() {
        return archive;
    }
}
