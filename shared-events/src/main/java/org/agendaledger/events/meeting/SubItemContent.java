package org.agendaledger.events.meeting;

import java.util.List;

/** A sub-item (a), (b)… of an agenda item with its annotation paragraphs. */
public record SubItemContent(String subItemId, String title, List<String> annotation) {
}
