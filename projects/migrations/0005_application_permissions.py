"""The board (and its secretariat) read the project applications and mark what became of them;
volunteers never see them."""

from django.db import migrations

from jumelage.permissions import grant_to_groups

GROUPS = ["Conseil d'administration", "Secrétariat du Conseil"]
CODENAMES = ["view_projectapplication", "change_projectapplication"]


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0004_applications_and_register"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [grant_to_groups("projects", dict.fromkeys(GROUPS, CODENAMES))]
