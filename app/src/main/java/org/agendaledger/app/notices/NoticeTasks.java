package org.agendaledger.app.notices;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notices' work as db-scheduler tasks, persistent in {@code scheduled_tasks} and run by one node at a time: the
 * sender looks at the outbox every {@code agenda-ledger.notices.send-every} (so a reminder due while the application
 * was down goes out as soon as it is up again), and the digest is written once a day at
 * {@code agenda-ledger.notices.digest-at} (UTC).
 */
@Configuration(proxyBeanMethods = false)
class NoticeTasks {

    @Bean
    RecurringTask<Void> noticeSenderTask(NoticeSender sender, NoticeSettings settings) {
        return Tasks.recurring("notice-sender", Schedules.fixedDelay(settings.sendEvery()))
                .execute((instance, context) -> sender.sendDue());
    }

    @Bean
    RecurringTask<Void> noticeDigestTask(DailyDigest digest, NoticeSettings settings) {
        return Tasks.recurring("notice-digest", Schedules.daily(ZoneOffset.UTC, settings.digestAt()))
                .execute((instance, context) -> digest.writeDigests(Instant.now()));
    }
}
