"""Volunteers manage the partner organisations (snippets) as they manage pages."""

from django.db import migrations

from jumelage.permissions import grant_to_groups

CODENAMES = ["add_partnerorganisation", "change_partnerorganisation", "delete_partnerorganisation"]


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0001_initial"),
        ("jumelage", "0002_groups"),
    ]

    operations = [grant_to_groups("partners", {"Bénévoles": CODENAMES})]
