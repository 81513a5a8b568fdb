"""The projects of the demo site (see demo_texts): the Aix–Masis cooperation."""

from jumelage.demo.builder import DemoBuilder
from partners.models import PartnerOrganisation, TwinCityPage

from . import demo_texts as texts
from .models import ProjectIndexPage, ProjectPage


def build_demo(builder, home):
    index = builder.singleton_page(home, ProjectIndexPage, texts.INDEX)
    masis = TwinCityPage.objects.filter(slug_fr="masis").first()
    for data in texts.PROJECTS:
        if ProjectPage.objects.child_of(index).filter(slug_fr=data["slug"]["fr"]).exists():
            continue
        project = ProjectPage(
            **DemoBuilder.page_fields(data),
            **DemoBuilder.translated(data, "body"),
            field=data["field"],
            status=data["status"],
            start_date=data["start_date"],
        )
        project.twin_cities = [masis] if masis else []
        project.partners = list(PartnerOrganisation.objects.filter(name_fr__in=data["partners"]))
        index.add_child(instance=project)
        project.save_revision().publish()
        builder.log_created(f"project “{data['title']['fr']}”")
