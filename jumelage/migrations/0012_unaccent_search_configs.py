"""PostgreSQL: the `unaccent` extension and two text search configurations, `jumelage_french`
and `jumelage_english`, that drop accents and then stem with the language's Snowball rules, so
that "organisee", "organisée" and "Organisées" find "organisé" (see jumelage/search.py). The
stored vectors are made again with them. Nothing on SQLite. CREATE EXTENSION needs a superuser
(or the extension already created by one)."""

from django.db import migrations

CONFIGS = {"jumelage_french": "french", "jumelage_english": "english"}
TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, language in CONFIGS.items():
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {language})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR {TOKENS} WITH unaccent, {language}_stem"
        )
    schema_editor.execute(
        "UPDATE jumelage_searchtext SET vector = to_tsvector("
        "(CASE language WHEN 'en' THEN 'jumelage_english' ELSE 'jumelage_french' END)::regconfig,"
        " COALESCE(title, '') || ' ' || COALESCE(text, ''))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in CONFIGS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("jumelage", "0011_legal_details")]

    operations = [migrations.RunPython(create, drop)]
