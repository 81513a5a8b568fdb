"""Create the volunteers' and the board's groups, so that production has them too."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VOLUNTEERS = "Bénévoles"
BOARD = "Conseil d'administration"

# Rights over the whole page tree (given on the root page).
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
# Rights over images and documents (given on the root collection).
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
VOLUNTEER_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("jumelage", "change_sitesettings"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
]


def ensure_permissions(apps):
    """Permissions are normally created after all migrations; this one needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_groups(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    volunteers, _ = Group.objects.get_or_create(name=VOLUNTEERS)
    Group.objects.get_or_create(name=BOARD)

    volunteers.permissions.add(
        *(permission(app, codename) for app, codename in VOLUNTEER_MODEL_PERMISSIONS)
    )
    root_page = Page.objects.filter(depth=1).order_by("path").first()
    if root_page is not None:
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=volunteers, page=root_page, permission=permission("wagtailcore", codename)
            )
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    if root_collection is not None:
        for app, codename in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=volunteers, collection=root_collection, permission=permission(app, codename)
            )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[VOLUNTEERS, BOARD]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("jumelage", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
