package org.agendaledger.query.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * One iCalendar file (RFC 5545, with the calendar properties of RFC 7986) being written: a {@code VCALENDAR} published for reading ({@code METHOD:PUBLISH}),
 * its name as calendar clients show it, how often a subscribed client should fetch it again, its events, and one {@code VTIMEZONE} for each time zone its times are
 * stated in.
 * <p>
 * Times are stated in the meeting's time zone ({@code TZID=Europe/Vienna}) with that zone's definition in the file,
 * not in UTC: every client places such a time at the right instant (the definition travels with it, from ical4j's
 * copy of the tz database), and the ones that show an event's own zone (Outlook, Apple Calendar, Thunderbird,
 * Google Calendar's event details) then say "10:00 Vienna time", as the organization of work and the notice of a
 * silence procedure say it, rather than a UTC time nobody wrote. A zone the tz database does not know is written
 * in UTC instead, which every client reads alike.
 */
final class IcsFile {

    static final String PRODUCT = "-//Agenda Ledger//Calendars 1.0//EN";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Calendar calendar = new Calendar();
    private final Map<String, VTimeZone> zones = new LinkedHashMap<>();
    private final Map<String, VEvent> events = new LinkedHashMap<>();

    /** An empty file whose calendar clients call it {@code name} ({@code NAME}, and {@code X-WR-CALNAME} for the clients that read only that). */
    IcsFile(String name) {
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
    }

    /**
     * Asks a client that subscribed to the file to fetch it again this often ({@code REFRESH-INTERVAL}, and
     * {@code X-PUBLISHED-TTL} for the clients that read only that).
     */
    IcsFile refreshedEvery(Duration interval) {
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), interval));
        calendar.add(new XProperty("X-PUBLISHED-TTL", interval.toString()));
        return this;
    }

    /** A local date and time in a zone, as the file states it: with the zone's TZID, or in UTC (see the class). */
    Temporal at(LocalDateTime local, ZoneId zone) {
        VTimeZone definition = definition(zone);
        if (definition == null) {
            return local.atZone(zone).toInstant();
        }
        zones.putIfAbsent(zone.getId(), definition);
        return local.atZone(zone);
    }

    /** An instant as the local time of a zone, as the file states it. */
    Temporal at(Instant instant, ZoneId zone) {
        return at(LocalDateTime.ofInstant(instant, zone), zone);
    }

    /** Adds an event; one with the UID of an event already added replaces it. */
    IcsFile add(VEvent event) {
        events.put(event.<Property>getProperty(Property.UID).map(Property::getValue).orElseThrow(), event);
        return this;
    }

    /** The whole file, UTF-8, lines ending in CRLF and folded as RFC 5545 asks, checked by ical4j against it. */
    byte[] bytes() {
        zones.values().forEach(calendar::add);
        events.values().forEach(calendar::add);
        // RFC 5545's grammar wants at least one component; a calendar with nothing in it now (no open deadline, no
        // slot yet) is still written, empty, as subscribed clients read it: nothing to show
        ValidationResult checked = events.isEmpty() ? ValidationResult.EMPTY : calendar.validate(false);
        if (checked.hasErrors()) {
            throw new IllegalStateException("The calendar would not be valid iCalendar: " + checked);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            // checked above against RFC 5545; the outputter's own check adds RFC 5546's rules for invitations,
            // which want an ORGANIZER that a published calendar has no use for
            new CalendarOutputter(false).output(calendar, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static VTimeZone definition(ZoneId zone) {
        if (zone instanceof ZoneOffset || zone.normalized() instanceof ZoneOffset) {
            return null;
        }
        TimeZone known = ZONES.getTimeZone(zone.getId());
        return known == null ? null : known.getVTimeZone();
    }
}
