"""The search text's full-text vector, stored and under a GIN index on PostgreSQL, so that a
search no longer makes the vector of every row of its language (the column stays empty, and
unindexed, on SQLite, where the search reads Wagtail's index)."""

import django.contrib.postgres.search
from django.db import migrations

INDEX = "jumelage_searchtext_vector_gin"


def index_and_fill(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"CREATE INDEX {INDEX} ON jumelage_searchtext USING gin (vector)")
    # The configurations of jumelage.search.POSTGRES_CONFIGS when this was written.
    schema_editor.execute(
        "UPDATE jumelage_searchtext SET vector = to_tsvector("
        "(CASE language WHEN 'en' THEN 'english' ELSE 'french' END)::regconfig, "
        "COALESCE(folded, ''))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("jumelage", "0008_pictures_point_to_custom_image"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchtext",
            name="vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(index_and_fill, drop_index),
    ]
