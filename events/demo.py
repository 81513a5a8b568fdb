"""The events of the demo site, from the association's texts copied into demo_texts."""

from decimal import Decimal

from jumelage.collections import EVENT_SERIES, collection_for
from jumelage.demo.builder import DemoBuilder
from partners.models import TwinCityPage

from . import demo_texts as texts
from .models import EventIndexPage, EventOccurrence, EventPage

LANGUAGES = ("fr", "en")
PALETTES = {
    "market": [(164, 82, 15), (250, 236, 205), (11, 79, 138)],
    "forum": [(11, 79, 138), (240, 240, 232), (0, 140, 69)],
    "festival": [(0, 51, 153), (255, 204, 0), (8, 58, 102)],
}


def decimal_or_none(value):
    return None if value is None else Decimal(str(value))


def build_demo(builder, home):
    index = builder.singleton_page(home, EventIndexPage, texts.INDEX)
    cities = {city.slug_fr: city for city in TwinCityPage.objects.all()}
    city_keys = {"masis": "masis", "tubingen": "tubingen", "perugia": "perouse"}
    for data in texts.EVENTS:
        if EventPage.objects.child_of(index).filter(slug_fr=data["slug"]["fr"]).exists():
            continue
        event = EventPage(
            **DemoBuilder.page_fields(data),
            **DemoBuilder.translated(data, "body"),
            category=data["category"],
            venue=data["venue"],
            address=data["address"],
            city=data["city"],
            timezone=data["timezone"],
            latitude=decimal_or_none(data["latitude"]),
            longitude=decimal_or_none(data["longitude"]),
            recurrence=data["recurrence"],
            editor_note=data["editor_note"],
            image=builder.image(
                data["key"],
                data["title"]["fr"],
                f"Illustration : {data['title']['fr']}",
                palette=PALETTES.get(data["category"], PALETTES["festival"]),
                collection=collection_for(EVENT_SERIES, data["title"]["fr"]),
            ),
        )
        event.occurrences = [
            EventOccurrence(
                start_date=occurrence["start"],
                end_date=occurrence["end"],
                all_day=occurrence["all_day"],
                start_time=occurrence["start_time"],
                end_time=occurrence["end_time"],
                note_fr=occurrence["note"]["fr"],
                note_en=occurrence["note"]["en"],
                status=occurrence["status"],
            )
            for occurrence in data["occurrences"]
        ]
        event.twin_cities = [
            cities[city_keys[key]] for key in data["twin_cities"] if city_keys[key] in cities
        ]
        index.add_child(instance=event)
        event.save_revision().publish()
        builder.log_created(f"event “{data['title']['fr']}”")
