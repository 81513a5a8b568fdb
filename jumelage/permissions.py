"""Group permissions granted by data migrations, in one place."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant_to_groups(app_label, grants):
    """A migration operation that gives each group (created if needed) the permissions of
    `app_label` named in `grants` ({group name: [codename, ...]}); reversed, it takes them
    back. The app's permissions are created first: on a new database they do not exist yet
    when its migrations run."""

    def permissions(apps, codenames):
        Permission = apps.get_model("auth", "Permission")
        return Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)

    def grant(apps, schema_editor):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
        Group = apps.get_model("auth", "Group")
        for name, codenames in grants.items():
            group, _ = Group.objects.get_or_create(name=name)
            group.permissions.add(*permissions(apps, codenames))

    def revoke(apps, schema_editor):
        Group = apps.get_model("auth", "Group")
        for group in Group.objects.filter(name__in=grants):
            group.permissions.remove(*permissions(apps, grants[group.name]))

    return migrations.RunPython(grant, revoke)
