package org.agendaledger.app.notices;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the notices go out: the pages their links lead to, the sender's address, the reminders before a deadline, how
 * often the outbox is looked at, the pause before a failed delivery is tried again (doubling up to the longest), the
 * time of the daily digest (UTC), and how far before its recording an event's business time may lie for it still to
 * be told (a record entered after the fact — the story replayed, a history imported — is history, and tells no one).
 */
@Component
public class NoticeSettings {

    private final String baseUrl;
    private final String from;
    private final List<Duration> reminders;
    private final Duration sendEvery;
    private final Duration firstRetry;
    private final Duration longestRetry;
    private final LocalTime digestAt;
    private final Duration afterTheFact;

    NoticeSettings(@Value("${agenda-ledger.notices.base-url:http://localhost:8080}") String baseUrl,
                   @Value("${agenda-ledger.notices.from:agenda-ledger@localhost}") String from,
                   @Value("${agenda-ledger.notices.reminders:PT48H,PT24H}") List<Duration> reminders,
                   @Value("${agenda-ledger.notices.send-every:PT2S}") Duration sendEvery,
                   @Value("${agenda-ledger.notices.first-retry:PT30S}") Duration firstRetry,
                   @Value("${agenda-ledger.notices.longest-retry:PT30M}") Duration longestRetry,
                   @Value("${agenda-ledger.notices.digest-at:07:00}") LocalTime digestAt,
                   @Value("${agenda-ledger.notices.after-the-fact:PT1H}") Duration afterTheFact) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
        this.reminders = List.copyOf(reminders);
        this.sendEvery = sendEvery;
        this.firstRetry = firstRetry;
        this.longestRetry = longestRetry;
        this.digestAt = digestAt;
        this.afterTheFact = afterTheFact;
    }

    public String link(String path) {
        return baseUrl + path;
    }

    public String from() {
        return from;
    }

    public List<Duration> reminders() {
        return reminders;
    }

    public Duration sendEvery() {
        return sendEvery;
    }

    /** The pause after the given number of failed attempts: the first pause, doubled for each further one. */
    public Duration retryAfter(int failedAttempts) {
        Duration pause = firstRetry;
        for (int i = 1; i < failedAttempts && pause.compareTo(longestRetry) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(longestRetry) > 0 ? longestRetry : pause;
    }

    public LocalTime digestAt() {
        return digestAt;
    }

    public Duration afterTheFact() {
        return afterTheFact;
    }
}
