package org.cabinet.records.internal.billing;

import java.util.List;

/** The acts of a care record, as their sealed JSON document holds them. */
public record BilledActs(List<BilledAct> acts) {
}
