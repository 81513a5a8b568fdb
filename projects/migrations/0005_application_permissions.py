"""The board (and its secretariat) read the project applications and mark what became of them;
volunteers never see them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Conseil d'administration", "Secrétariat du Conseil"]
CODENAMES = ["view_projectapplication", "change_projectapplication"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("projects")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="projects", codename__in=CODENAMES
    )
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="projects", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [("projects", "0004_applications_and_register"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(grant, revoke)]
