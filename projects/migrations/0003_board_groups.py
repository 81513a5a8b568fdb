"""The board sees and records meetings; its secretariat records votes and closes deliberations."""

from django.db import migrations

from jumelage.permissions import grant_to_groups

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


class Migration(migrations.Migration):
    dependencies = [("projects", "0002_board"), ("jumelage", "0002_groups")]

    operations = [
        grant_to_groups(
            "projects",
            {
                BOARD: BOARD_PERMISSIONS,
                SECRETARIAT: BOARD_PERMISSIONS + SECRETARIAT_PERMISSIONS,
            },
        )
    ]
