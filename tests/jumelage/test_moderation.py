"""Moderation: volunteers write and submit pages for review; the editors approve and publish;
scheduled publishing and unpublishing work for time-limited content."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from jumelage.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(member_of):
    return member_of("Bénévoles", "Éditeurs")


@pytest.fixture
def call_for_projects(home):
    page = StandardPage(
        title_fr="Appel à projets", slug_fr="appel", intro_fr="Jusqu’au 1er mars.", live=False
    )
    home.add_child(instance=page)
    page.save_revision()
    return page


def form(page, action, **extra):
    return nested_form_data(
        {
            "title_fr": page.title_fr,
            "slug_fr": page.slug_fr,
            "title_en": "Call for projects",
            "slug_en": "call",
            "intro_fr": page.intro_fr,
            "intro_en": "Until 1 March.",
            "body_fr": streamfield([]),
            "body_en": streamfield([]),
            action: action.removeprefix("action-"),
            **extra,
        }
    )


def current_workflow_state(page):
    return WorkflowState.objects.filter(base_content_type__isnull=False, object_id=str(page.pk))


def test_one_review_workflow_covers_the_whole_site_and_the_editors_do_it():
    workflow = Workflow.objects.get(name="Relecture par les éditeurs")
    assert workflow.active
    assert list(workflow.workflow_pages.values_list("page__depth", flat=True)) == [1]
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Éditeurs"]
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()


def test_volunteers_may_not_publish_and_editors_may():
    def rights(group):
        return set(
            GroupPagePermission.objects.filter(group__name=group).values_list(
                "permission__codename", flat=True
            )
        )

    assert rights("Bénévoles") == {"add_page", "change_page"}
    assert {"add_page", "change_page", "publish_page"} <= rights("Éditeurs")


def test_a_volunteers_publish_request_publishes_nothing(client, volunteer, call_for_projects):
    client.force_login(volunteer)
    url = f"/admin/pages/{call_for_projects.pk}/edit/"
    html = client.get(url).content.decode()
    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html
    client.post(url, form(call_for_projects, "action-publish"))
    call_for_projects.refresh_from_db()
    assert not call_for_projects.live


def test_a_volunteer_submits_and_cannot_approve_their_own_page(
    client, volunteer, call_for_projects
):
    client.force_login(volunteer)
    response = client.post(
        f"/admin/pages/{call_for_projects.pk}/edit/", form(call_for_projects, "action-submit")
    )
    assert response.status_code == 302
    state = current_workflow_state(call_for_projects).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{call_for_projects.pk}/approve/{task_state.pk}/"
    )
    call_for_projects.refresh_from_db()
    assert not call_for_projects.live
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS


def test_an_editor_sees_the_submission_and_approving_publishes_it(
    client, volunteer, editor, call_for_projects
):
    client.force_login(volunteer)
    client.post(
        f"/admin/pages/{call_for_projects.pk}/edit/", form(call_for_projects, "action-submit")
    )
    client.force_login(editor)
    dashboard = client.get("/admin/").content.decode()
    assert "Appel à projets" in dashboard
    task_state = current_workflow_state(call_for_projects).get().current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{call_for_projects.pk}/approve/{task_state.pk}/"
    )
    assert response.status_code in (200, 302)
    call_for_projects.refresh_from_db()
    assert call_for_projects.live
    assert call_for_projects.title_en == "Call for projects"
    assert client.get("/en/call/").status_code == 200


def test_an_approved_page_with_a_publication_date_waits_for_it_and_leaves_at_its_end(
    client, volunteer, editor, call_for_projects, monkeypatch
):
    now = timezone.now()
    go_live = now + datetime.timedelta(days=1)
    expire = now + datetime.timedelta(days=10)
    client.force_login(volunteer)
    fmt = "%Y-%m-%d %H:%M"
    client.post(
        f"/admin/pages/{call_for_projects.pk}/edit/",
        form(
            call_for_projects,
            "action-submit",
            go_live_at=timezone.localtime(go_live).strftime(fmt),
            expire_at=timezone.localtime(expire).strftime(fmt),
        ),
    )
    task_state = current_workflow_state(call_for_projects).get().current_task_state
    client.force_login(editor)
    client.post(f"/admin/pages/workflow/action/{call_for_projects.pk}/approve/{task_state.pk}/")
    call_for_projects.refresh_from_db()
    assert not call_for_projects.live  # approved, scheduled for tomorrow

    monkeypatch.setattr(timezone, "now", lambda: go_live + datetime.timedelta(minutes=5))
    call_command("publish_scheduled", verbosity=0)
    call_for_projects.refresh_from_db()
    assert call_for_projects.live
    monkeypatch.setattr(timezone, "now", lambda: expire + datetime.timedelta(minutes=5))
    call_command("publish_scheduled", verbosity=0)
    call_for_projects.refresh_from_db()
    assert not call_for_projects.live and call_for_projects.expired


def test_pages_are_created_where_volunteers_work(volunteer):
    home = Page.objects.get(depth=2).specific
    assert home.permissions_for_user(volunteer).can_add_subpage()
    assert not home.permissions_for_user(volunteer).can_publish()
