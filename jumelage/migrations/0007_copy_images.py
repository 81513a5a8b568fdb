"""Move the pictures uploaded so far into the new image model, keeping their ids (the pages'
fields and the StreamField image blocks name them by id), their tags and collections. The
renditions are not copied: they are made again on demand."""

from django.core.management.color import no_style
from django.db import migrations

FIELDS = [
    "id",
    "title",
    "file",
    "width",
    "height",
    "created_at",
    "uploaded_by_user_id",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
    "file_size",
    "file_hash",
    "collection_id",
]


def copy_images(apps, schema_editor):
    OldImage = apps.get_model("wagtailimages", "Image")
    CustomImage = apps.get_model("jumelage", "CustomImage")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    old = list(OldImage.objects.values(*FIELDS, "description"))
    if not old:
        return
    CustomImage.objects.bulk_create(
        CustomImage(
            **{name: row[name] for name in FIELDS},
            description=row["description"],
            description_fr=row["description"],
        )
        for row in old
    )
    old_type = ContentType.objects.filter(app_label="wagtailimages", model="image").first()
    new_type, _ = ContentType.objects.get_or_create(app_label="jumelage", model="customimage")
    if old_type is not None:
        TaggedItem.objects.filter(content_type=old_type).update(content_type=new_type)
    # Ids were given explicitly: the next picture must not reuse one.
    for sql in schema_editor.connection.ops.sequence_reset_sql(no_style(), [CustomImage]):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("jumelage", "0006_custom_image"),
        ("wagtailimages", "0027_image_description"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(copy_images, migrations.RunPython.noop)]
