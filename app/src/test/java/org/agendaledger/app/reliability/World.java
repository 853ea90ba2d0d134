package org.agendaledger.app.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;

/**
 * What the tests know exists, learned from the answers of the application: Bureaus and their current members,
 * meetings with their Bureau, slots, items, sub-items and documents, silence procedures with their meeting and
 * addressees; and every id seen in an answer, by the name of its field.
 */
final class World {

    /** The Bureau members the integration tests can sign in as (application-it.yml): who can react to a procedure. */
    static final List<String> MEMBER_USERS = List.of("president", "vp-grulac", "vp-weog", "member-a", "member-b",
            "member-c", "member-d", "member-e", "member-f");

    final List<String> bureaus = new ArrayList<>();
    final List<String> meetings = new ArrayList<>();
    final List<String> procedures = new ArrayList<>();
    final Map<String, Set<String>> members = new LinkedHashMap<>();
    final Map<String, String> bureauOf = new LinkedHashMap<>();
    final Map<String, List<String>> slots = new LinkedHashMap<>();
    final Map<String, Set<String>> items = new LinkedHashMap<>();
    final Map<String, Set<String>> subItems = new LinkedHashMap<>();
    final Map<String, Set<String>> documents = new LinkedHashMap<>();
    final Map<String, String> meetingOf = new LinkedHashMap<>();
    final Map<String, List<String>> addressees = new LinkedHashMap<>();
    final Map<String, Set<String>> seen = new LinkedHashMap<>();

    void bureau(String bureauId) {
        if (!bureaus.contains(bureauId)) {
            bureaus.add(bureauId);
        }
        members.computeIfAbsent(bureauId, b -> new LinkedHashSet<>());
    }

    void meeting(String meetingId, String bureauId, List<String> slotIds) {
        if (!meetings.contains(meetingId)) {
            meetings.add(meetingId);
        }
        bureauOf.put(meetingId, bureauId);
        slots.put(meetingId, new ArrayList<>(slotIds));
    }

    void procedure(String procedureId, String meetingId, List<String> to) {
        if (!procedures.contains(procedureId)) {
            procedures.add(procedureId);
        }
        meetingOf.put(procedureId, meetingId);
        addressees.put(procedureId, List.copyOf(to));
    }

    Set<String> itemsOf(String meetingId) {
        return items.computeIfAbsent(meetingId, m -> new LinkedHashSet<>());
    }

    Set<String> subItemsOf(String meetingId, String itemId) {
        return subItems.computeIfAbsent(meetingId + "/" + itemId, k -> new LinkedHashSet<>());
    }

    Set<String> documentsOf(String meetingId, String itemId) {
        return documents.computeIfAbsent(meetingId + "/" + itemId, k -> new LinkedHashSet<>());
    }

    /** Every id an answer names (a field called …Id holding one), kept by the field's name. */
    void learnFrom(JsonNode answer) {
        if (answer == null) {
            return;
        }
        if (answer.isObject()) {
            answer.properties().forEach(field -> {
                JsonNode value = field.getValue();
                if (field.getKey().endsWith("Id") && value.isString() && org.agendaledger.command.api.Ids
                        .valid(value.asString())) {
                    Set<String> ids = seen.computeIfAbsent(field.getKey(), k -> new LinkedHashSet<>());
                    if (ids.size() < 500) {
                        ids.add(value.asString());
                    }
                } else {
                    learnFrom(value);
                }
            });
        } else if (answer.isArray()) {
            answer.forEach(this::learnFrom);
        }
    }

    /** An id seen in an answer under another field name than {@code kind}: a Bureau's id where a meeting's is meant. */
    String otherKind(String kind, SplittableRandom random) {
        List<String> others = new ArrayList<>();
        seen.forEach((field, ids) -> {
            if (!field.equals(kind)) {
                others.addAll(ids);
            }
        });
        List<String> aggregates = new ArrayList<>();
        if (!kind.equals("meetingId")) {
            aggregates.addAll(meetings);
        }
        if (!kind.equals("bureauId")) {
            aggregates.addAll(bureaus);
        }
        if (!kind.equals("procedureId")) {
            aggregates.addAll(procedures);
        }
        List<String> from = !aggregates.isEmpty() && random.nextBoolean() ? aggregates : others;
        return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    }

    /** Whether the id is known as one of this kind (a field of this name held it, or the world holds it so). */
    boolean seenAs(String kind, String id) {
        return seen.getOrDefault(kind, Set.of()).contains(id)
                || (kind.equals("meetingId") && meetings.contains(id))
                || (kind.equals("bureauId") && bureaus.contains(id))
                || (kind.equals("procedureId") && procedures.contains(id));
    }

    static <T> T any(java.util.Collection<T> values, SplittableRandom random) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        int index = random.nextInt(values.size());
        for (T value : values) {
            if (index-- == 0) {
                return value;
            }
        }
        throw new IllegalStateException();
    }
}
