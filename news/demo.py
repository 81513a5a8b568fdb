"""The news of the demo site (see demo_texts): three posts about Masis. Idempotent: a post
whose French slug exists under the index is left as it is."""

from events.models import EventPage
from jumelage.demo.builder import DemoBuilder
from partners.models import TwinCityPage
from projects.models import ProjectPage

from . import demo_texts as texts
from .models import NewsIndexPage, NewsPage


def build_demo(builder, home):
    index = builder.singleton_page(home, NewsIndexPage, texts.INDEX)
    masis = TwinCityPage.objects.filter(slug_fr="masis").first()
    for data in texts.POSTS:
        if NewsPage.objects.child_of(index).filter(slug_fr=data["slug"]["fr"]).exists():
            continue
        post = NewsPage(
            **DemoBuilder.page_fields(data),
            **DemoBuilder.translated(data, "body"),
            date=data["date"],
            related_event=EventPage.objects.filter(slug_fr=data["event"]).first()
            if data["event"]
            else None,
            related_project=ProjectPage.objects.filter(slug_fr=data["project"]).first()
            if data["project"]
            else None,
        )
        post.twin_cities = [masis] if masis else []
        index.add_child(instance=post)
        post.save_revision().publish()
        builder.log_created(f"news post “{data['title']['fr']}”")
    link_milestones(builder, masis)


def link_milestones(builder, city):
    """Masis' milestones lead to the pages that tell of them (`texts.MILESTONE_LINKS`: the
    month of the milestone, the model and French slug of the page). Only milestones that lead
    nowhere yet are linked, so an editor's choice is kept and a second run changes nothing."""
    if city is None:
        return
    models = {"event": EventPage, "project": ProjectPage, "news": NewsPage}
    milestones = list(city.milestones.all())
    changed = False
    for milestone in milestones:
        target = texts.MILESTONE_LINKS.get((milestone.date.year, milestone.date.month))
        if milestone.related_page_id or target is None:
            continue
        kind, slug = target
        page = models[kind].objects.filter(slug_fr=slug).first()
        if page is not None:
            milestone.related_page = page
            changed = True
    if changed:
        city.milestones = milestones
        city.save_revision().publish()
        builder.log_created(f"links from the timeline of {city.title}")
