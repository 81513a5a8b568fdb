"""The board of the projects tests: five members of their own (the demo board's mandates end
before the tests' meetings, so that counts do not depend on the demo content)."""

import datetime
import uuid
from decimal import Decimal

import pytest
from django.utils import timezone

from partners.models import TwinCityPage
from projects.models import BoardMember, ProjectApplication

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


def make_application(**fields):
    """A stored project application, as the public form leaves it; `fields` override."""
    values = {
        "submission_token": uuid.uuid4(),
        "language": "fr",
        "applicant_name": "Anahit Test",
        "email": "anahit@example.org",
        "twin_city": TwinCityPage.objects.get(slug_fr="masis"),
        "field": "culture",
        "title": "Un échange",
        "aims": "Un échange.",
        "start_date": datetime.date(2025, 5, 1),
        "participants": 12,
        "total_budget": Decimal("10000.00"),
        "amount_requested": Decimal("1000.00"),
        "consent_at": timezone.now(),
        **fields,
    }
    return ProjectApplication.objects.create(**values)
