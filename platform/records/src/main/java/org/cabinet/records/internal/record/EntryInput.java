package org.cabinet.records.internal.record;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An entry as a client records or corrects it.
 *
 * @param encounterId the encounter it belongs to (required for notes)
 * @param fields      the fields of its kind
 */
public record EntryInput(String encounterId, JsonNode fields) {
}
