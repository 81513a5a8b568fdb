"""An event in the visitor's calendar: iCalendar feeds, "add to calendar" links, JSON-LD."""

import datetime
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


def occurrence_uid(occurrence, request):
    """Stable across feeds, languages and edits of the dates: the edition's own id."""
    return f"edition-{occurrence.pk}@{request.get_host().split(':')[0]}"


def description(occurrence, url):
    parts = [occurrence.page.intro, occurrence.note, url]
    return "\n\n".join(part for part in parts if part)


def build_calendar(occurrences, request, name):
    """A VCALENDAR of `occurrences` (all of them: no cap), in the active language."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Paris")
    now = datetime.datetime.now(tz=datetime.UTC)
    for occurrence in occurrences:
        page = occurrence.page
        url = request.build_absolute_uri(page.get_url(request))
        event = icalendar.Event()
        event.add("uid", occurrence_uid(occurrence, request))
        event.add("dtstamp", now)
        event.add("summary", page.title)
        if occurrence.all_day:
            event.add("dtstart", occurrence.start_date)
            event.add("dtend", occurrence.last_date + datetime.timedelta(days=1))
        else:
            event.add("dtstart", occurrence.starts_at())
            event.add("dtend", occurrence.ends_at())
        event.add("description", description(occurrence, url))
        if occurrence.place:
            event.add("location", occurrence.place)
        event.add("url", url)
        event.add("categories", [page.get_category_display()])
        event.add("status", "CANCELLED" if occurrence.cancelled else "CONFIRMED")
        if page.latitude is not None and page.longitude is not None:
            event.add("geo", (float(page.latitude), float(page.longitude)))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


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
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": page.address,
                    "addressLocality": occurrence.city or page.city,
                },
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
