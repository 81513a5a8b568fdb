"""The projects of the demo site (see demo_texts): the Aix–Masis cooperation, the form to
propose a project, and a demo board whose closed deliberations give the minutes and the public
decision lines something to show."""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from jumelage.demo.builder import DemoBuilder
from jumelage.models import StandardPage
from partners.models import PartnerOrganisation, TwinCityPage

from . import demo_texts as texts
from .models import (
    Attendance,
    BoardMember,
    Deliberation,
    Meeting,
    ProjectApplicationPage,
    ProjectIndexPage,
    ProjectPage,
    Vote,
    VotingRules,
)


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
    application = builder.singleton_page(
        index,
        ProjectApplicationPage,
        texts.APPLICATION_PAGE,
        **DemoBuilder.translated(texts.APPLICATION_PAGE, "body"),
    )
    link_funding_page(builder, application)
    build_board(builder, index)


def link_funding_page(builder, application):
    """The funding page explains how to propose a project: it leads to the form. Its box is
    added once, after the steps, to a page that does not link to the form yet."""
    funding = StandardPage.objects.filter(slug_fr=texts.FUNDING_PAGE_SLUG).first()
    if funding is None:
        return
    for code in ("fr", "en"):
        body = getattr(funding, f"body_{code}")
        if any(
            block.block_type == "call_to_action"
            and getattr(block.value.get("page"), "pk", None) == application.pk
            for block in body
        ):
            return
    for code in ("fr", "en"):
        blocks = [(block.block_type, block.value) for block in getattr(funding, f"body_{code}")]
        invitation = {**texts.FUNDING_CALL_TO_ACTION[code], "page": application, "url": ""}
        position = next(
            (i for i, (kind, _value) in enumerate(blocks) if kind == "call_to_action"),
            len(blocks),
        )
        blocks.insert(position, ("call_to_action", invitation))
        setattr(funding, f"body_{code}", blocks)
    funding.save_revision().publish()
    builder.log_created("link from the funding page to the project form")


def build_board(builder, index):
    """The demo board, its meetings and their closed deliberations (once)."""
    VotingRules.current()
    members = {}
    for first_name, last_name, role, title_form in texts.BOARD:
        members[last_name], created = BoardMember.objects.get_or_create(
            first_name=first_name,
            last_name=last_name,
            defaults={
                "role": role,
                "mandate_start": texts.MANDATE_START,
                "title_form": title_form,
            },
        )
        if created:
            builder.log_created(f"board member {first_name} {last_name}")
    secretary = get_user_model().objects.filter(username="conseil").first()
    for data in texts.MEETINGS:
        meeting, created = Meeting.objects.get_or_create(date=data["date"], place=data["place"])
        if not created:
            continue
        for name, member in members.items():
            status, holder = data["attendance"].get(name, ("present", None))
            Attendance.objects.create(
                meeting=meeting,
                member=member,
                status=status,
                proxy_holder=members[holder] if holder else None,
            )
        for item in data["deliberations"]:
            project = ProjectPage.objects.child_of(index).get(slug_fr=item["project"])
            deliberation = Deliberation.objects.create(
                meeting=meeting,
                project=project,
                question=item["question"] + texts.DEMO_LABEL,
                amount_proposed=Decimal(item["amount"]),
            )
            for name, member in members.items():
                status = data["attendance"].get(name, ("present", None))[0]
                choice = item["votes"].get(name, "for")
                if status in ("present", "represented") or choice == "not_taking_part":
                    Vote.objects.create(deliberation=deliberation, member=member, choice=choice)
            evening = datetime.datetime.combine(meeting.date, datetime.time(20, 0))
            deliberation.close(secretary, at=timezone.make_aware(evening))
        builder.log_created(f"board meeting of {meeting.date:%d/%m/%Y}, deliberations closed")
