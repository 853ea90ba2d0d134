package org.agendaledger.app.infrastructure;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Starts polling for due deadlines once the whole application (Axon's configuration included) is up, so a
 * deadline that fell due while the application was down runs as soon as it can be handled.
 */
@Component
class DeadlineSchedulerStart implements ApplicationListener<ApplicationStartedEvent> {

    private final Scheduler scheduler;

    DeadlineSchedulerStart(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        scheduler.start();
    }
}
