"""Moderation: volunteers submit pages for review, the editors approve and publish.

Wagtail's first migrations leave a “Moderators approval” workflow on the whole tree and two
English groups, “Moderators” (who publish) and “Editors” (who do not, like our volunteers).
This turns “Moderators” into our editors' group, “Éditeurs”, and its workflow into “Relecture
par les éditeurs”; removes “Editors” when nobody is in it; and takes the right to publish away
from the volunteers, so that every change goes through the review. An editor is a volunteer
trusted to publish: their account is in both groups."""

from django.db import migrations

VOLUNTEERS = "Bénévoles"
EDITORS = "Éditeurs"
WORKFLOW = "Relecture par les éditeurs"
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def set_up_moderation(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    editors = Group.objects.filter(name=EDITORS).first()
    if editors is None:
        editors = Group.objects.filter(name="Moderators").first() or Group(name=EDITORS)
        editors.name = EDITORS
        editors.save()
    editors.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    Group.objects.filter(name="Editors", user__isnull=True).delete()

    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    for codename in EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=editors,
            page=root,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    GroupPagePermission.objects.filter(
        group__name=VOLUNTEERS, permission__codename="publish_page"
    ).delete()

    task = GroupApprovalTask.objects.filter(name="Moderators approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=WORKFLOW,
            active=True,
            content_type=ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )[0],
        )
    task.name = WORKFLOW
    task.active = True
    task.save()
    task.groups.set([editors])

    workflow = Workflow.objects.filter(name="Moderators approval").first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW, active=True)
    workflow.name = WORKFLOW
    workflow.active = True
    workflow.save()
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def give_publishing_back(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).order_by("path").first()
    volunteers = Group.objects.filter(name=VOLUNTEERS).first()
    if root is not None and volunteers is not None:
        GroupPagePermission.objects.get_or_create(
            group=volunteers,
            page=root,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename="publish_page"
            ),
        )


class Migration(migrations.Migration):
    dependencies = [
        ("jumelage", "0003_translation_state"),
        ("jumelage", "0002_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(set_up_moderation, give_publishing_back)]
