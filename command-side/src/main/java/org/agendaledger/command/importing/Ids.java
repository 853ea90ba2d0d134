package org.agendaledger.command.importing;

import java.util.Collection;

/**
 * The ids a read agenda's items and sub-items get: readable from their numbers and labels ("item-1", "item-1-a",
 * "item-1-a-i"), made unique with "-2", "-3"… where the text numbers two the same way.
 */
final class Ids {

    private Ids() {
    }

    static String item(String number, Collection<String> taken) {
        return unique("item-" + number, taken);
    }

    static String child(String parentId, String label, Collection<String> taken) {
        return unique(parentId + "-" + Labels.idPart(label), taken);
    }

    private static String unique(String id, Collection<String> taken) {
        String candidate = id;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
