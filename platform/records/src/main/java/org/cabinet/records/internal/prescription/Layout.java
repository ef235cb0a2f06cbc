package org.cabinet.records.internal.prescription;

import java.util.List;

/**
 * How a prescription is laid out. A prescription with any line for the patient's long-term condition (ALD) is
 * <em>bizone</em>: those lines go in the upper zone (covered in full), every other line in the lower zone. Otherwise
 * it is standard, every line in the lower zone.
 *
 * @param name  {@code bizone} or {@code standard}
 * @param upper the lines of the upper zone, in the order written
 * @param lower the lines of the lower zone, in the order written
 */
public record Layout(String name, List<PrescriptionLine> upper, List<PrescriptionLine> lower) {

    public static final String BIZONE = "bizone";
    public static final String STANDARD = "standard";

    /** @return the layout of {@code lines} */
    public static Layout of(List<PrescriptionLine> lines) {
        List<PrescriptionLine> ald = lines.stream().filter(PrescriptionLine::forAld).toList();
        if (ald.isEmpty()) {
            return new Layout(STANDARD, List.of(), List.copyOf(lines));
        }
        return new Layout(BIZONE, ald, lines.stream().filter(line -> !line.forAld()).toList());
    }

    /** @return whether the layout is bizone */
    public boolean bizone() {
        return BIZONE.equals(name);
    }
}
