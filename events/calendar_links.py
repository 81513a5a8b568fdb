"""An event in the visitor's calendar: iCalendar feeds, "add to calendar" links, JSON-LD."""

import dataclasses
import datetime
import functools
import json
from urllib.parse import urlencode

import icalendar
from django.utils import translation
from django.utils.html import strip_tags

from .models import Status

PRODID = "-//Association des Jumelages d'Aix-en-Provence//jumelage//FR"
SCHEMA_STATUS = {
    Status.SCHEDULED: "https://schema.org/EventScheduled",
    Status.CANCELLED: "https://schema.org/EventCancelled",
    Status.RESCHEDULED: "https://schema.org/EventRescheduled",
}


def occurrence_uid(occurrence, host):
    """Stable across feeds, languages and edits of the dates: the edition's own id."""
    return f"edition-{occurrence.pk}@{host}"


def description(occurrence, url):
    parts = [occurrence.page.intro, occurrence.note, url]
    return "\n\n".join(part for part in parts if part)


def escape_text(value):
    """A TEXT value as RFC 5545 wants it (backslash, semicolon, comma, new line)."""
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line):
    """Content lines of at most 75 octets, continued on lines that start with a space,
    never cutting a UTF-8 character in two."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line + "\r\n"
    parts, current, size, limit = [], [], 0, 75
    for char in line:
        width = len(char.encode())
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, 74
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts) + "\r\n"


@functools.lru_cache(maxsize=32)
def vtimezone(tzid):
    """The VTIMEZONE block of a zone, built once by the icalendar library."""
    return (
        icalendar.Timezone.from_tzid(tzid)
        .to_ical()
        .decode()
        .replace("\r\n", "\n")
        .replace("\n", "\r\n")
    )


def _local(moment):
    return moment.strftime("%Y%m%dT%H%M%S")


@dataclasses.dataclass
class EventText:
    """What every edition of one event repeats, read once per event (translated fields cost
    a language lookup at each access)."""

    summary: str
    intro: str
    url: str
    category: str
    timezone: str
    venue: str
    city: str
    geo: str

    @classmethod
    def of(cls, page, request):
        geo = ""
        if page.latitude is not None and page.longitude is not None:
            geo = f"{float(page.latitude)};{float(page.longitude)}"
        return cls(
            summary=escape_text(page.title),
            intro=page.intro,
            url=request.build_absolute_uri(page.get_url(request)),
            category=escape_text(page.get_category_display()),
            timezone=page.timezone,
            venue=page.venue,
            city=page.city,
            geo=geo,
        )


def event_lines(occurrence, text, host, stamp):
    yield "BEGIN:VEVENT"
    yield f"UID:{occurrence_uid(occurrence, host)}"
    yield f"DTSTAMP:{stamp}"
    yield f"SUMMARY:{text.summary}"
    if occurrence.all_day:
        yield f"DTSTART;VALUE=DATE:{occurrence.start_date:%Y%m%d}"
        last = occurrence.last_date + datetime.timedelta(days=1)
        yield f"DTEND;VALUE=DATE:{last:%Y%m%d}"
    else:
        yield f"DTSTART;TZID={text.timezone}:{_local(occurrence.starts_at())}"
        yield f"DTEND;TZID={text.timezone}:{_local(occurrence.ends_at())}"
    details = "\n\n".join(part for part in (text.intro, occurrence.note, text.url) if part)
    yield f"DESCRIPTION:{escape_text(details)}"
    venue, city = occurrence.venue or text.venue, occurrence.city or text.city
    place = ", ".join([venue] + ([city] if city and city != venue else [])) if venue else city
    if place:
        yield f"LOCATION:{escape_text(place)}"
    yield f"URL:{text.url}"
    yield f"CATEGORIES:{text.category}"
    yield f"STATUS:{'CANCELLED' if occurrence.cancelled else 'CONFIRMED'}"
    if text.geo:
        yield f"GEO:{text.geo}"
    yield "END:VEVENT"


def build_calendar(occurrences, request, name):
    """A VCALENDAR of `occurrences` (all of them: no cap), in the active language.

    Written line by line (the icalendar library took 10 s for 10,000 editions); the library
    still provides the VTIMEZONE blocks, and the tests read every feed back with it."""
    host = request.get_host().split(":")[0]
    stamp = datetime.datetime.now(tz=datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    texts, zones, lines = {}, set(), []
    for occurrence in occurrences:
        text = texts.get(occurrence.page_id)
        if text is None:
            text = texts[occurrence.page_id] = EventText.of(occurrence.page, request)
        if not occurrence.all_day:
            zones.add(text.timezone)
        lines.extend(event_lines(occurrence, text, host, stamp))
    head = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        "X-WR-TIMEZONE:Europe/Paris",
    ]
    body = "".join(fold(line) for line in head)
    body += "".join(vtimezone(zone) for zone in sorted(zones))
    body += "".join(fold(line) for line in lines) + "END:VCALENDAR\r\n"
    return body.encode()


def _utc(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def add_to_calendar_links(occurrence, request):
    """Links that open the edition in Google Calendar or Outlook, beside the .ics file."""
    page = occurrence.page
    url = request.build_absolute_uri(page.get_url(request))
    text = description(occurrence, url)
    if occurrence.all_day:
        google_dates = "{}/{}".format(
            occurrence.start_date.strftime("%Y%m%d"),
            (occurrence.last_date + datetime.timedelta(days=1)).strftime("%Y%m%d"),
        )
        outlook_start = occurrence.start_date.isoformat()
        outlook_end = (occurrence.last_date + datetime.timedelta(days=1)).isoformat()
    else:
        google_dates = f"{_utc(occurrence.starts_at())}/{_utc(occurrence.ends_at())}"
        outlook_start = occurrence.starts_at().isoformat()
        outlook_end = occurrence.ends_at().isoformat()
    google = "https://calendar.google.com/calendar/render?" + urlencode(
        {
            "action": "TEMPLATE",
            "text": page.title,
            "dates": google_dates,
            "details": text,
            "location": occurrence.place,
            "ctz": page.timezone,
        }
    )
    outlook = "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": page.title,
            "startdt": outlook_start,
            "enddt": outlook_end,
            "allday": "true" if occurrence.all_day else "false",
            "body": text,
            "location": occurrence.place,
        }
    )
    ics = page.get_url(request) + page.reverse_subpage("ics")
    return {"ics": ics, "google": google, "outlook": outlook}


def json_ld(page, upcoming, request):
    """schema.org Event entries, one per upcoming edition, as a JSON string."""
    url = request.build_absolute_uri(page.get_url(request))
    image = None
    if page.image:
        image = request.build_absolute_uri(page.image.get_rendition("fill-1200x630").url)
    entries = []
    for occurrence in upcoming:
        entry = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": page.title,
            "url": url,
            "description": strip_tags(page.intro) or page.search_description,
            "inLanguage": translation.get_language(),
            "eventStatus": SCHEMA_STATUS.get(occurrence.status, SCHEMA_STATUS[Status.SCHEDULED]),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "startDate": (
                occurrence.start_date.isoformat()
                if occurrence.all_day
                else occurrence.starts_at().isoformat()
            ),
            "endDate": (
                occurrence.last_date.isoformat()
                if occurrence.all_day
                else occurrence.ends_at().isoformat()
            ),
            "location": {
                "@type": "Place",
                "name": occurrence.venue or page.venue or occurrence.city or page.city,
                "address": postal_address(page, occurrence),
            },
            "organizer": {
                "@type": "Organization",
                "name": "Association des Jumelages d'Aix-en-Provence",
                "url": request.build_absolute_uri("/"),
            },
        }
        if image:
            entry["image"] = [image]
        entries.append(entry)
    # `</` cannot close the script element early once escaped.
    return json.dumps(entries, ensure_ascii=False).replace("</", "<\\/")


# The country of each venue time zone the events may use (schema.org wants one per address).
ZONE_COUNTRIES = {
    "Europe/Paris": "FR",
    "Europe/Berlin": "DE",
    "Europe/Rome": "IT",
    "Asia/Yerevan": "AM",
}


def postal_address(page, occurrence):
    """A complete PostalAddress: the street only when the editor gave one (never empty), the
    town, and the country of the venue's time zone."""
    address = {
        "@type": "PostalAddress",
        "addressLocality": occurrence.city or page.city,
        "addressCountry": ZONE_COUNTRIES.get(page.timezone, "FR"),
    }
    if page.address.strip():
        address["streetAddress"] = page.address.strip()
    return address
