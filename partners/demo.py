"""The twin cities and partners of the demo site, from the association's texts copied into
demo_texts."""

from decimal import Decimal

from jumelage.collections import TWIN_CITIES, collection_for
from jumelage.demo.builder import DemoBuilder

from . import demo_texts as texts
from .models import (
    CityMilestone,
    PartnerOrganisation,
    PartnersPage,
    TwinCityIndexPage,
    TwinCityPage,
)

LANGUAGES = ("fr", "en")
# The colours of each country's flag, for the generated pictures.
FLAG_PALETTES = {
    "masis": [(0, 51, 160), (242, 168, 0), (217, 0, 18)],
    "tubingen": [(30, 30, 30), (255, 206, 0), (221, 0, 0)],
    "perugia": [(0, 146, 70), (241, 242, 241), (206, 43, 55)],
}


def localized(data, *names):
    return DemoBuilder.translated(data, *names)


def build_demo(builder, home):
    index = builder.singleton_page(home, TwinCityIndexPage, texts.INDEX)
    cities = {}
    for data in texts.CITIES:
        cities[data["key"]] = city_page(builder, index, data)
    partners_page(builder, home)
    for data in texts.PARTNERS:
        partner(builder, data, cities)


def city_page(builder, index, data):
    existing = TwinCityPage.objects.child_of(index).filter(slug_fr=data["slug"]["fr"]).first()
    if existing is not None:
        return existing
    city = TwinCityPage(
        **DemoBuilder.page_fields(data),
        **localized(data, "country", "region", "economic_sectors", "schools_and_institutions"),
        population=data["population"],
        population_approximate=data["population_approximate"],
        agreement_kind=data["agreement_kind"],
        agreement_date=data["agreement_date"],
        agreement_precision=data["agreement_precision"] or "day",
        latitude=Decimal(str(data["latitude"])),
        longitude=Decimal(str(data["longitude"])),
        image=builder.image(
            data["key"],
            data["title"]["fr"],
            f"Illustration : {data['title']['fr']}",
            palette=FLAG_PALETTES.get(data["key"]),
            collection=collection_for(TWIN_CITIES, data["title"]["fr"]),
        ),
        body_fr=data["body"]["fr"],
        body_en=data["body"]["en"],
    )
    city.milestones = [
        CityMilestone(
            date=milestone["date"],
            precision=milestone["precision"],
            end_year=milestone.get("end_year"),
            text_fr=milestone["text"]["fr"],
            text_en=milestone["text"]["en"],
        )
        for milestone in data["milestones"]
    ]
    index.add_child(instance=city)
    city.save_revision().publish()
    builder.log_created(f"twin city “{data['title']['fr']}”")
    return city


def partners_page(builder, home):
    builder.singleton_page(home, PartnersPage, texts.PARTNERS_PAGE)


def partner(builder, data, cities):
    if PartnerOrganisation.objects.filter(name_fr=data["name"]["fr"]).exists():
        return
    PartnerOrganisation.objects.create(
        **localized(data, "name", "description"),
        kind=data["kind"],
        website=data["website"],
        twin_city=cities.get(data["twin_city"]),
        main_funder=data["main_funder"],
    )
    builder.log_created(f"partner “{data['name']['fr']}”")
