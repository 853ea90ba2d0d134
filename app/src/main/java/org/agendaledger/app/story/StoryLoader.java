package org.agendaledger.app.story;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** On first start with an empty store, replays the real story (property {@code agenda-ledger.story.enabled}). */
@Component
@ConditionalOnProperty(name = "agenda-ledger.story.enabled", havingValue = "true")
class StoryLoader {

    private final TheRealStory story;

    StoryLoader(CommandGateway commands, EventStore events) {
        this.story = new TheRealStory(commands, events);
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        if (!story.alreadyTold()) {
            story.tell();
        }
    }
}
