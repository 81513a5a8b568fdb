"""Atom feeds of the news, in the language of the URL: every post, or one twin city's
(`feed/` and `feed/<city slug>/` under the news index). Django's syndication framework writes
the XML, so escaping and dates follow RFC 4287."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from jumelage.text import xml_safe
from partners.models import twin_city_by_slug

from . import queries

FEED_LENGTH = 30


class PlainTextAtomFeed(Atom1Feed):
    """Atom whose summaries are plain text (`type="text"`): an intro is what the editor typed,
    not HTML, so `<img onerror=…>` stays words in a feed reader and "R&D" stays "R&D".
    Every text written is cleaned of the characters XML forbids, so the feed never fails."""

    def add_root_elements(self, handler):
        for key in ("title", "subtitle"):
            self.feed[key] = xml_safe(self.feed[key])
        super().add_root_elements(handler)

    def add_item_elements(self, handler, item):
        summary = xml_safe(item["description"])
        item = {**item, "title": xml_safe(item["title"]), "description": None}
        super().add_item_elements(handler, item)
        if summary:
            handler.addQuickElement("summary", summary, {"type": "text"})


class NewsFeed(Feed):
    feed_type = PlainTextAtomFeed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index, city_slug=None):
        city = None
        if city_slug is not None:
            city = twin_city_by_slug(city_slug)
            if city is None:
                raise Http404(_("No twin city has this address."))
        return index, city

    def title(self, obj):
        index, city = obj
        site = self.request.site.site_name if getattr(self.request, "site", None) else ""
        parts = [index.title] + ([city.title] if city else []) + ([site] if site else [])
        return " — ".join(parts)

    def subtitle(self, obj):
        return obj[0].intro

    def link(self, obj):
        index, city = obj
        url = index.get_full_url(self.request)
        return f"{url}?city={city.slug}" if city else url

    def feed_url(self, obj):
        return self.request.build_absolute_uri()

    def items(self, obj):
        index, city = obj
        return list(queries.posts(index, city=city, with_cities=False)[:FEED_LENGTH])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(12)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)
