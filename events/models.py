"""Events and their dated editions (occurrences): the association's year."""

import datetime
import re
import zoneinfo

from babel import dates as babel_dates
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable
from wagtail.search import index

from jumelage import formats
from jumelage.i18n import register_path_segments, register_query_words
from jumelage.models import BasePage, CoordinatesMixin, body_field, picture_field
from jumelage.queries import public

TIMEZONES = [
    ("Europe/Paris", "Europe/Paris"),
    ("Europe/Berlin", "Europe/Berlin"),
    ("Europe/Rome", "Europe/Rome"),
    ("Asia/Yerevan", "Asia/Yerevan"),
]


class Category(models.TextChoices):
    MARKET = "market", _("Market")
    FORUM = "forum", _("Forum")
    FESTIVAL = "festival", _("Festival")
    CONCERT = "concert", _("Concert")
    SPORT = "sport", _("Sport")
    SCHOOL_EXCHANGE = "school_exchange", _("School or university exchange")
    SENIOR_EXCHANGE = "senior_exchange", _("Senior exchange")
    ECONOMIC = "economic", _("Economic meeting")
    OTHER = "other", _("Other")


# The words of `?category=` in each language's URLs (the stored value is the English one).
CATEGORY_WORDS = {
    "market": {"fr": "marche"},
    "forum": {"fr": "forum"},
    "festival": {"fr": "festival"},
    "concert": {"fr": "concert"},
    "sport": {"fr": "sport"},
    "school_exchange": {"fr": "echange-scolaire", "en": "school-exchange"},
    "senior_exchange": {"fr": "echange-seniors", "en": "senior-exchange"},
    "economic": {"fr": "rencontre-economique", "en": "economic"},
    "other": {"fr": "autre"},
}
register_query_words("category", CATEGORY_WORDS)

# The index's sub-views, their path segment in each language. The first English segments
# were used in French too: `/fr/evenements/calendar/` now redirects to `calendrier/`.
SUB_VIEWS = {
    "archive": {"fr": "archives", "en": "archive"},
    "month": {"fr": "calendrier", "en": "calendar"},
    "feed": {"fr": "flux", "en": "feed"},
}
register_path_segments(*SUB_VIEWS.values())


def sub_view_path(name):
    """A sub-view's path under the index, in the active language ("calendrier/")."""
    return SUB_VIEWS[name][translation.get_language() or "fr"] + "/"


def translated_path(name):
    """Routes a sub-view at its segment in every language; `sub_view` redirects a visitor who
    used another language's segment (or an old address) to the right one."""

    def decorate(view):
        for segment in sorted(set(SUB_VIEWS[name].values())):
            view = path(f"{segment}/", name=f"{name}-{segment}")(view)
        return view

    return decorate


class Recurrence(models.TextChoices):
    NONE = "", _("Not recurring")
    YEARLY_DATE = "yearly_date", _("Every year on the same date (e.g. 9 May)")
    YEARLY_WEEKDAY = (
        "yearly_weekday",
        _("Every year on the same weekday of the month (e.g. first Saturday of December)"),
    )


class Status(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    RESCHEDULED = "rescheduled", _("Moved")


def local_today():
    return timezone.localdate()


def next_year_date(date, recurrence):
    """The same edition a year later: the same date, or the same weekday of the same week of
    the month (first Saturday of December stays the first Saturday of December)."""
    if recurrence == Recurrence.YEARLY_WEEKDAY:
        week = (date.day - 1) // 7
        first = datetime.date(date.year + 1, date.month, 1)
        offset = (date.weekday() - first.weekday()) % 7
        candidate = first + datetime.timedelta(days=offset + 7 * week)
        if candidate.month != date.month:  # a fifth weekday that next year lacks: the last one
            candidate -= datetime.timedelta(days=7)
        return candidate
    try:
        return date.replace(year=date.year + 1)
    except ValueError:  # 29 February
        return date.replace(year=date.year + 1, day=28)


ORDINALS = [_("first"), _("second"), _("third"), _("fourth"), _("last")]


def usual_period(recurrence, date):
    """The period of a recurring event in words, in the active language."""
    if date is None or not recurrence:
        return ""
    if recurrence == Recurrence.YEARLY_WEEKDAY:
        ordinal = ORDINALS[min((date.day - 1) // 7, 4)]  # a fifth weekday: the last one
        text = _("every year, the %(ordinal)s %(weekday)s of %(month)s") % {
            "ordinal": ordinal,
            "weekday": babel_dates.format_date(date, "EEEE", locale=formats.locale()),
            "month": babel_dates.format_date(date, "MMMM", locale=formats.locale()),
        }
        # French elides "de" before a vowel: "d’avril", "d’août", "d’octobre".
        return re.sub(r"\bde ([aeiouâàéo])", r"d’\1", text)
    return _("every year on %(date)s") % {"date": formats.day(date, year=False)}


class EventIndexPage(RoutablePageMixin, BasePage):
    """What is on: upcoming editions, the archive, the month calendar and the feeds."""

    intro = models.TextField(
        _("Introduction"),
        blank=True,
        help_text=_("One or two sentences at the top of the page, above the list."),
    )

    search_text_fields = ("intro",)
    browse_from_search = True
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["jumelage.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1
    page_description = _("The list, calendar and feeds of the events. There is only one.")

    class Meta:
        verbose_name = _("Events index")

    @path("")
    def upcoming(self, request):
        from .views import upcoming

        return upcoming(request, self)

    def reverse_subpage(self, name, args=None, kwargs=None):
        """`{% routablepageurl page "month" %}`: the segment of the active language."""
        if name in SUB_VIEWS:
            return sub_view_path(name)
        return super().reverse_subpage(name, args=args, kwargs=kwargs)

    def sub_view(self, request, name, view):
        """The sub-view, or a permanent redirect to its address in the page's language."""
        from django.shortcuts import redirect

        from jumelage.i18n import translate_query

        language = translation.get_language() or "fr"
        segment = SUB_VIEWS[name][language]
        if not request.path.endswith(f"/{segment}/"):
            query = translate_query(request.GET, language)
            target = self.get_url(request=request) + segment + "/"
            return redirect(target + ("?" + query if query else ""), permanent=True)
        return view(request, self)

    @translated_path("archive")
    def archive(self, request):
        from .views import archive

        return self.sub_view(request, "archive", archive)

    @translated_path("month")
    def month(self, request):
        from .views import month

        return self.sub_view(request, "month", month)

    # Wagtail serves only paths of words and hyphens: no ".ics" in the URL; the response
    # says text/calendar and names the file.
    @translated_path("feed")
    def feed(self, request):
        from .views import feed

        return self.sub_view(request, "feed", feed)


class EventPage(RoutablePageMixin, CoordinatesMixin, BasePage):
    """One event, or one recurring series (the MIVJ is one page), with its editions."""

    category = models.CharField(
        _("Category"),
        max_length=20,
        choices=Category.choices,
        help_text=_("Visitors filter the calendar by it."),
    )
    twin_cities = ParentalManyToManyField(
        "partners.TwinCityPage",
        verbose_name=_("Twin cities involved"),
        blank=True,
        related_name="+",
        help_text=_("The event is then listed on each of these cities’ pages."),
    )
    intro = models.TextField(
        _("Introduction"), blank=True, help_text=_("One or two sentences shown in the listings.")
    )
    body = body_field()
    image = picture_field()
    venue = models.CharField(
        _("Venue"), max_length=160, blank=True, help_text=_("E.g. Cours Mirabeau.")
    )
    address = models.CharField(
        _("Address"), max_length=255, blank=True, help_text=_("Street and number, for the map.")
    )
    city = models.CharField(
        _("City"),
        max_length=100,
        default="Aix-en-Provence",
        help_text=_("Where the event takes place, e.g. Tübingen for its market."),
    )
    timezone = models.CharField(
        _("Time zone"),
        max_length=40,
        choices=TIMEZONES,
        default="Europe/Paris",
        help_text=_("The venue’s: Europe/Paris in Aix, the twin city’s own abroad."),
    )
    recurrence = models.CharField(
        _("Repeats"),
        max_length=20,
        choices=Recurrence.choices,
        blank=True,
        help_text=_("Used by “Add next year’s edition”, which copies the last edition."),
    )
    editor_note = models.TextField(
        _("Note for editors"),
        blank=True,
        help_text=_("Never shown to visitors: what is certain, what is to be checked."),
    )

    search_text_fields = ("intro", "body")
    search_kind = "event"
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("category"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("recurrence")]),
        FieldPanel("twin_cities"),
        InlinePanel("occurrences", label=_("Edition"), heading=_("Editions (dates)"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("timezone")]),
                CoordinatesMixin.coordinates_panel,
            ],
            heading=_("Where"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("editor_note"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    page_description = _("An event or a recurring series (one page), with its dated editions.")

    class Meta:
        verbose_name = _("Event")
        verbose_name_plural = _("Events")

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.timezone)

    def ordered_occurrences(self):
        return sorted(
            self.occurrences.all(), key=lambda o: (o.start_date, o.start_time or datetime.time())
        )

    def get_context(self, request, *args, **kwargs):
        from .calendar_links import add_to_calendar_links, json_ld

        context = super().get_context(request, *args, **kwargs)
        today = local_today()
        editions = self.ordered_occurrences()
        upcoming = [o for o in editions if o.last_date >= today]
        next_occurrence = next((o for o in upcoming if o.status != Status.CANCELLED), None)
        context.update(
            next_occurrence=next_occurrence,
            other_upcoming=[o for o in upcoming if o is not next_occurrence],
            past=[o for o in editions if o.last_date < today][::-1],
            cities=public(self.twin_cities.live()).order_by("title"),
            calendar_links=(
                add_to_calendar_links(next_occurrence, request) if next_occurrence else None
            ),
            json_ld=json_ld(self, upcoming, request),
        )
        return context

    def search_texts(self, language):
        """The editions' notes and places, as the page shows them."""
        from jumelage.i18n import localized_value

        texts = [self.venue, self.city]
        for edition in self.occurrences.all():
            texts += [localized_value(edition, "note", language) or edition.note]
            texts += [edition.venue, edition.city]
        return [text for text in texts if text]

    def usual_period(self, last_date):
        """When the series usually takes place, from its rule and its last edition:
        "every year on 9 May", "every year, the first Saturday of December"."""
        return usual_period(self.recurrence, last_date)

    @path("ics/")
    def ics(self, request):
        from .views import event_ics

        return event_ics(request, self)


class EventOccurrence(Orderable):
    """One edition of an event: its dates, and where it differs from the event, its place."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="occurrences")
    start_date = models.DateField(_("Start date"))
    all_day = models.BooleanField(
        _("All day"), default=True, help_text=_("Untick to give a start and an end time.")
    )
    start_time = models.TimeField(_("Start time"), null=True, blank=True)
    end_date = models.DateField(
        _("End date"), null=True, blank=True, help_text=_("Leave empty for a single day.")
    )
    end_time = models.TimeField(_("End time"), null=True, blank=True)
    venue = models.CharField(
        _("Venue"),
        max_length=160,
        blank=True,
        help_text=_("Only if this edition is not at the event’s usual venue."),
    )
    city = models.CharField(_("City"), max_length=100, blank=True)
    status = models.CharField(
        _("Status"), max_length=12, choices=Status.choices, default=Status.SCHEDULED
    )
    note = models.CharField(
        _("Note"),
        max_length=200,
        blank=True,
        help_text=_("Shown with the date, e.g. “édition 2025”, “moved to 10 May”."),
    )

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("all_day")]),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("venue"), FieldPanel("city")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Edition")
        verbose_name_plural = _("Editions")
        indexes = [models.Index(fields=["start_date"]), models.Index(fields=["end_date"])]

    def __str__(self):
        return f"{self.page.title if self.page_id else ''} {self.start_date}".strip()

    def clean(self):
        super().clean()
        errors = {}
        if not self.all_day and self.start_time is None:
            errors["start_time"] = _("Give a start time, or tick “All day”.")
        if self.all_day and (self.start_time or self.end_time):
            errors["all_day"] = _(
                "An all-day edition has no times: untick “All day” or remove them."
            )
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date is before the start date.")
        elif (
            self.start_time
            and self.end_time
            and (self.end_date in (None, self.start_date))
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _("The end time is before the start time.")
        if errors:
            raise ValidationError(errors)

    @property
    def last_date(self):
        return self.end_date or self.start_date

    @property
    def cancelled(self):
        return self.status == Status.CANCELLED

    @property
    def place(self):
        from partners.models import city_name

        page = self.page
        venue = city_name(self.venue or page.venue)
        city = city_name(self.city or page.city)
        # "Aix-en-Provence, Aix-en-Provence" when the venue is only the town's name.
        if venue and city and venue.strip().casefold() == city.strip().casefold():
            return city
        return ", ".join(part for part in (venue, city) if part)

    def starts_at(self):
        """Aware start (the venue's time zone); midnight for an all-day edition."""
        time = self.start_time if not self.all_day and self.start_time else datetime.time()
        return datetime.datetime.combine(self.start_date, time, tzinfo=self.page.zone)

    def ends_at(self):
        if self.all_day:
            last = self.last_date + datetime.timedelta(days=1)
            return datetime.datetime.combine(last, datetime.time(), tzinfo=self.page.zone)
        time = self.end_time or self.start_time
        return datetime.datetime.combine(self.last_date, time, tzinfo=self.page.zone)

    @property
    def date_display(self):
        """ "9 mai 2026", "5–6 décembre 2026", "1er–3 novembre 2026", "14 sept. – 2 oct. 2024",
        "9 mai 2026, 10 h – 18 h", abroad "…, 15 h, heure d’Erevan" (Babel's CLDR data)."""
        from jumelage import formats

        start, end = self.start_date, self.end_date
        if end and end != start:
            if (start.year, start.month) == (end.year, end.month):
                first = formats.day(start, year=False).split(" ")[0]
                text = f"{first}–{formats.day(end)}"
            elif start.year == end.year:
                text = f"{formats.day(start, year=False)} – {formats.day(end)}"
            else:
                text = f"{formats.day(start)} – {formats.day(end)}"
        else:
            text = formats.day(start)
        if not self.all_day and self.start_time:
            times = formats.time(self.start_time)
            if self.end_time:
                times += " – " + formats.time(self.end_time)
            text += ", " + formats.with_zone(times, self.page.timezone)
        return text
