/*
 * Agenda Ledger: live pages. Served by the application itself, no library. Every page works without it; with it:
 *
 *  - time[data-countdown] (datetime = an instant) shows the time left, ticking every second;
 *  - time[data-your-time] (datetime = an instant) shows that instant in the reader's own time zone, and elements
 *    marked data-js-only (hidden without script) are shown;
 *  - a page whose <main> names streams in data-live-streams (Server-Sent Events, same origin) follows them: on a
 *    change it reads itself again (data-live-page, else its own address) and replaces the elements marked
 *    data-live-region (matched by id) that differ, except where the reader is typing or has changed a form, or
 *    where the focus could not be kept; then it says "Updated at HH:MM:SS" in a polite live region.
 *
 * Focus is never moved elsewhere, and nothing is announced except real changes.
 */
(function () {
    'use strict';

    /** The events the streams send; the first after each connection is the state as it stands (a snapshot). */
    var EVENTS = ['procedures', 'procedure', 'agenda', 'meeting', 'inbox'];
    var REFRESH_DELAY_MS = 150;
    var REOPEN_DELAY_MS = 15000;
    var MAX_REOPEN_DELAY_MS = 300000;

    // ---- the time left ----

    function pad(n) {
        return n < 10 ? '0' + n : String(n);
    }

    /** "2 days 3 h 04 min 05 s", "3 h 04 min 05 s", "4 min 05 s", "5 s", then "deadline passed". */
    function timeLeft(ms) {
        if (!(ms > 0)) {
            return 'deadline passed';
        }
        var total = Math.floor(ms / 1000);
        var days = Math.floor(total / 86400);
        var hours = Math.floor((total % 86400) / 3600);
        var minutes = Math.floor((total % 3600) / 60);
        var seconds = total % 60;
        var parts = [];
        if (days > 0) {
            parts.push(days + (days === 1 ? ' day' : ' days'));
        }
        if (parts.length || hours > 0) {
            parts.push(hours + ' h');
        }
        if (parts.length || minutes > 0) {
            parts.push((parts.length ? pad(minutes) : String(minutes)) + ' min');
        }
        parts.push((parts.length ? pad(seconds) : String(seconds)) + ' s');
        return parts.join(' ');
    }

    function tick() {
        var now = Date.now();
        var clocks = document.querySelectorAll('time[data-countdown]');
        for (var i = 0; i < clocks.length; i++) {
            var deadline = Date.parse(clocks[i].getAttribute('datetime'));
            if (isNaN(deadline)) {
                continue;
            }
            var text = timeLeft(deadline - now);
            if (clocks[i].textContent !== text) {
                clocks[i].textContent = text;
            }
        }
    }

    // ---- the reader's own time ----

    var zone = (function () {
        try {
            return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
        } catch (e) {
            return 'UTC';
        }
    }());

    function partsOf(instant, options) {
        var parts = {};
        new Intl.DateTimeFormat('en-GB', options).formatToParts(instant).forEach(function (part) {
            parts[part.type] = part.value;
        });
        return parts;
    }

    /** "UTC-05:00" as the server writes offsets ("UTC" alone when none), or '' where the browser cannot tell. */
    function offsetOf(instant) {
        try {
            var name = partsOf(instant, {timeZone: zone, timeZoneName: 'longOffset'}).timeZoneName || '';
            return name.replace(/^GMT/, 'UTC');
        } catch (e) {
            return '';
        }
    }

    /** "Thursday 30 April 2020, 11:00, America/Bogota (UTC-05:00)": as the server writes dates, 24 h, English. */
    function inOwnZone(instant) {
        var p = partsOf(instant, {
            timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
            hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
        });
        var offset = offsetOf(instant);
        return p.weekday + ' ' + p.day + ' ' + p.month + ' ' + p.year + ', ' + p.hour + ':' + p.minute + ', '
            + zone + (offset ? ' (' + offset + ')' : '');
    }

    function showOwnTimes(root) {
        var times = root.querySelectorAll('time[data-your-time]');
        for (var i = 0; i < times.length; i++) {
            var instant = new Date(times[i].getAttribute('datetime') || times[i].getAttribute('data-your-time'));
            if (!isNaN(instant.getTime())) {
                times[i].textContent = inOwnZone(instant);
                times[i].setAttribute('data-zone', zone);
            }
        }
        var hidden = root.querySelectorAll('[data-js-only][hidden]');
        for (var j = 0; j < hidden.length; j++) {
            hidden[j].removeAttribute('hidden');
        }
    }

    function enhance(root) {
        showOwnTimes(root);
        tick();
    }

    // ---- following the streams ----

    var main;
    var announcer;
    var timer = null;
    var busy = false;
    var again = false;
    /** The regions as the server last sent them (normalized), to replace and announce only real changes. */
    var served = {};

    function regionsIn(root) {
        var all = root.querySelectorAll('[data-live-region][id]');
        var top = [];
        for (var i = 0; i < all.length; i++) {
            var parent = all[i].parentElement && all[i].parentElement.closest('[data-live-region]');
            if (!parent || parent === root || !root.contains(parent)) {
                top.push(all[i]);
            }
        }
        return top;
    }

    function nestedRegions(region) {
        return regionsIn(region).filter(function (inner) {
            return inner !== region && inner.parentElement.closest('[data-live-region]') === region;
        });
    }

    /** A region's markup without what changes on every reading: the form token and the countdown's fallback. */
    function normalized(region) {
        var copy = region.cloneNode(true);
        copy.querySelectorAll('input[type=hidden][name=_csrf]').forEach(function (input) {
            input.removeAttribute('value');
        });
        copy.querySelectorAll('time[data-countdown], time[data-your-time]').forEach(function (time) {
            time.textContent = '';
        });
        copy.querySelectorAll('[data-js-only]').forEach(function (element) {
            element.removeAttribute('hidden');
        });
        return copy.outerHTML;
    }

    function remember(root) {
        root.querySelectorAll('[data-live-region][id]').forEach(function (region) {
            served[region.id] = normalized(region);
        });
    }

    function controls(root) {
        return Array.prototype.filter.call(root.querySelectorAll('input, select, textarea'), function (control) {
            return control.type !== 'hidden' && control.type !== 'submit' && control.type !== 'button';
        });
    }

    function keyOf(control) {
        if (control.id) {
            return '#' + control.id;
        }
        var form = control.form;
        var formKey = form ? (form.id || form.getAttribute('action') || '') : '';
        var checkable = control.type === 'radio' || control.type === 'checkbox';
        return formKey + '|' + control.name + '|' + (checkable ? control.value : '');
    }

    function stateOf(control) {
        if (control.type === 'radio' || control.type === 'checkbox') {
            return control.checked ? 'on' : 'off';
        }
        return control.value;
    }

    function defaultStateOf(control) {
        if (control.type === 'radio' || control.type === 'checkbox') {
            return control.defaultChecked ? 'on' : 'off';
        }
        if (control.tagName === 'SELECT') {
            var selected = Array.prototype.filter.call(control.options, function (o) {
                return o.defaultSelected;
            });
            return selected.length ? selected[0].value : (control.options.length ? control.options[0].value : '');
        }
        return control.defaultValue;
    }

    /**
     * Whether the reader is at work in a region: typing in one of its fields, or having changed one, or having
     * a field that holds something the fresh page would not (a refused form that kept its input).
     */
    function inUse(region, fresh) {
        var active = document.activeElement;
        if (active && region.contains(active) && (active.matches('input, select, textarea, [contenteditable]'))) {
            return true;
        }
        var freshStates = {};
        if (fresh) {
            controls(fresh).forEach(function (control) {
                freshStates[keyOf(control)] = stateOf(control);
            });
        }
        return controls(region).some(function (control) {
            var key = keyOf(control);
            var state = stateOf(control);
            if (state !== defaultStateOf(control)) {
                return true;
            }
            return Object.prototype.hasOwnProperty.call(freshStates, key) && freshStates[key] !== state;
        });
    }

    /** Where the focus is, described so it can be found again in the fresh region. */
    function focusIn(region) {
        var active = document.activeElement;
        if (!active || !region.contains(active) || active === document.body) {
            return null;
        }
        if (active.id) {
            return '#' + CSS.escape(active.id);
        }
        if (active.getAttribute('href')) {
            return active.tagName.toLowerCase() + '[href="' + CSS.escape(active.getAttribute('href')) + '"]';
        }
        return false; // focused, but not to be found again: leave the region as it is
    }

    /** Brings a region up to date; returns whether anything the reader sees changed. */
    function update(region, fresh) {
        if (!fresh) {
            if (inUse(region, null) || focusIn(region) !== null) {
                return false;
            }
            region.remove();
            delete served[region.id];
            return true;
        }
        var markup = normalized(fresh);
        if (served[region.id] === markup) {
            return false;
        }
        var focus = focusIn(region);
        if (!inUse(region, fresh) && focus !== false) {
            var copy = document.importNode(fresh, true);
            var target = focus ? copy.querySelector(focus) : null;
            if (!focus || target) {
                region.replaceWith(copy);
                remember(copy);
                served[copy.id] = markup;
                if (target) {
                    target.focus({preventScroll: true});
                }
                copy.classList.add('live-fresh');
                setTimeout(function () {
                    copy.classList.remove('live-fresh');
                }, 2000);
                return true;
            }
        }
        // in use: bring the parts of it that are not up to date instead
        var changed = false;
        nestedRegions(region).forEach(function (inner) {
            changed = update(inner, fresh.querySelector('#' + CSS.escape(inner.id))) || changed;
        });
        return changed;
    }

    function apply(page) {
        var changed = false;
        regionsIn(document).forEach(function (region) {
            changed = update(region, page.getElementById(region.id)) || changed;
        });
        return changed;
    }

    function announce() {
        var now = new Date();
        announcer.textContent = 'Updated at ' + pad(now.getHours()) + ':' + pad(now.getMinutes()) + ':'
            + pad(now.getSeconds());
    }

    function schedule() {
        clearTimeout(timer);
        timer = setTimeout(refresh, REFRESH_DELAY_MS);
    }

    function refresh() {
        if (busy) {
            again = true;
            return;
        }
        busy = true;
        var address = main.getAttribute('data-live-page') || window.location.href;
        var expected = new URL(address, window.location.href).pathname;
        fetch(address, {credentials: 'same-origin', cache: 'no-store', headers: {Accept: 'text/html'}})
            .then(function (response) {
                var type = response.headers.get('Content-Type') || '';
                // signed out meanwhile (the login page) or an error: keep the page as it is
                if (!response.ok || type.indexOf('text/html') < 0
                    || new URL(response.url).pathname !== expected) {
                    return null;
                }
                return response.text();
            })
            .then(function (html) {
                if (html === null) {
                    return;
                }
                var page = new DOMParser().parseFromString(html, 'text/html');
                if (apply(page)) {
                    enhance(document);
                    announce();
                }
            })
            .catch(function () {
                // offline for a moment: the next change or reconnection reads the page again
            })
            .then(function () {
                busy = false;
                if (again) {
                    again = false;
                    schedule();
                }
            });
    }

    /** A change of another procedure than the one this page shows is none of its business. */
    function concernsThisPage(event) {
        var only = main.getAttribute('data-live-procedure');
        if (!only || event.type !== 'procedure') {
            return true;
        }
        try {
            var data = JSON.parse(event.data);
            return !data || !data.procedureId || data.procedureId === only;
        } catch (e) {
            return true;
        }
    }

    function follow(url, connected, retryDelay) {
        var source = new EventSource(url);
        var everConnected = false;
        var expectSnapshot = true;
        source.addEventListener('open', function () {
            // subscribed from now on: every change after this one is sent
            expectSnapshot = true;
            if (!everConnected) {
                everConnected = true;
                connected();
            }
        });
        EVENTS.forEach(function (name) {
            source.addEventListener(name, function (event) {
                if (expectSnapshot) {
                    // subscribed now; the page was read before, so a change in between would be missed: read the
                    // page once more (only what differs is replaced and announced). The same after reconnecting.
                    expectSnapshot = false;
                    schedule();
                    return;
                }
                if (concernsThisPage(event)) {
                    schedule();
                }
            });
        });
        source.addEventListener('error', function () {
            if (source.readyState === EventSource.CLOSED) {
                // refused or gone (not a dropped connection, which reconnects by itself): try again later, less
                // and less often; once back, read the page again, as it may have changed meanwhile
                var delay = retryDelay || REOPEN_DELAY_MS;
                setTimeout(function () {
                    follow(url, schedule, Math.min(delay * 2, MAX_REOPEN_DELAY_MS));
                }, delay);
            }
        });
    }

    function startFollowing() {
        main = document.querySelector('main[data-live-streams]');
        if (!main || !window.EventSource || !window.fetch || !window.DOMParser || !window.CSS || !CSS.escape) {
            return;
        }
        var urls = main.getAttribute('data-live-streams').split(/\s+/).filter(Boolean);
        if (!urls.length) {
            return;
        }
        var status = document.createElement('p');
        status.className = 'live-status muted';
        status.id = 'live-status';
        var label = document.createElement('span');
        label.textContent = 'This page updates by itself.';
        announcer = document.createElement('span');
        announcer.id = 'live-announcer';
        announcer.setAttribute('role', 'status');
        announcer.setAttribute('aria-live', 'polite');
        status.appendChild(label);
        status.appendChild(document.createTextNode(' '));
        status.appendChild(announcer);
        main.insertBefore(status, main.firstChild);
        remember(document);
        var waiting = urls.length;
        urls.forEach(function (url) {
            follow(url, function () {
                waiting -= 1;
                if (waiting === 0) {
                    main.setAttribute('data-live-connected', 'true');
                }
            });
        });
    }

    function start() {
        startFollowing(); // before the first enhancement: the regions are remembered as the server sent them
        enhance(document);
        setInterval(tick, 1000);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
