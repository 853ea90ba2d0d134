package org.agendaledger.app.infrastructure;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The classes of the application's events by the names stored in the event table. */
final class EventTypes {

    private static final String EVENTS_PACKAGE = "org.agendaledger.events.";
    private static final Map<String, Optional<Class<?>>> BY_NAME = new ConcurrentHashMap<>();

    private EventTypes() {
    }

    /** The event class of that name, {@code null} for a name that is not one of the application's events. */
    static Class<?> named(String payloadType) {
        if (payloadType == null || !payloadType.startsWith(EVENTS_PACKAGE)) {
            return null;
        }
        return BY_NAME.computeIfAbsent(payloadType, name -> {
            try {
                return Optional.of(Class.forName(name, false, EventTypes.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }
}
