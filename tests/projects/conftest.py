"""The board of the projects tests: five members of their own (the demo board's mandates end
before the tests' meetings, so that counts do not depend on the demo content)."""

import datetime

import pytest

from projects.models import BoardMember

DAY = datetime.date(2026, 3, 12)


@pytest.fixture
def members(db):
    BoardMember.objects.update(mandate_end=datetime.date(2025, 12, 31))
    roles = ["president", "secretary", "treasurer", "member", "member"]
    return [
        BoardMember.objects.create(
            first_name=f"M{n}", last_name="Test", role=role, mandate_start=datetime.date(2025, 1, 1)
        )
        for n, role in enumerate(roles)
    ]
