"""The board sees and records meetings; its secretariat records votes and closes deliberations."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

BOARD = "Conseil d'administration"
SECRETARIAT = "Secrétariat du Conseil"
BOARD_PERMISSIONS = [
    "view_boardmember",
    "view_votingrules",
    "view_meeting",
    "add_meeting",
    "change_meeting",
    "view_attendance",
    "add_attendance",
    "change_attendance",
    "delete_attendance",
    "view_deliberation",
    "add_deliberation",
    "change_deliberation",
    "view_vote",
]
SECRETARIAT_PERMISSIONS = ["add_vote", "change_vote", "delete_vote", "close_deliberation"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("projects")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def permissions(codenames):
        return Permission.objects.filter(content_type__app_label="projects", codename__in=codenames)

    board, _ = Group.objects.get_or_create(name=BOARD)
    board.permissions.add(*permissions(BOARD_PERMISSIONS))
    secretariat, _ = Group.objects.get_or_create(name=SECRETARIAT)
    secretariat.permissions.add(*permissions(BOARD_PERMISSIONS + SECRETARIAT_PERMISSIONS))


def revoke(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=SECRETARIAT).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0002_board"), ("jumelage", "0002_groups")]

    operations = [migrations.RunPython(grant, revoke)]
