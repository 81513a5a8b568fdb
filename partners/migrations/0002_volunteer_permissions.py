"""Volunteers manage the partner organisations (snippets) as they manage pages."""

from django.db import migrations

CODENAMES = ["add_partnerorganisation", "change_partnerorganisation", "delete_partnerorganisation"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("partners")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    volunteers = Group.objects.filter(name="Bénévoles").first()
    if volunteers is not None:
        volunteers.permissions.add(
            *Permission.objects.filter(content_type__app_label="partners", codename__in=CODENAMES)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    volunteers = Group.objects.filter(name="Bénévoles").first()
    if volunteers is not None:
        volunteers.permissions.remove(
            *Permission.objects.filter(content_type__app_label="partners", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0001_initial"),
        ("jumelage", "0002_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
