"""The dashboard panel that keeps the calendar alive: recurring events with no edition in the
coming twelve months, each with its one-action “add next year’s edition”."""

import datetime

from wagtail.admin.ui.components import Component

from jumelage.completeness import current_version

from .admin_views import next_edition
from .models import local_today
from .queries import series_without_next_edition

HORIZON_DAYS = 365


class CalendarPanel(Component):
    name = "calendar"
    order = 120
    template_name = "events/admin/calendar_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        today = local_today()
        horizon = today + datetime.timedelta(days=HORIZON_DAYS)
        rows = []
        for event in series_without_next_edition(today, HORIZON_DAYS):
            if not event.permissions_for_user(self.user).can_edit():
                continue
            draft = current_version(event)
            editions = draft.ordered_occurrences()
            rows.append(
                {
                    "event": event,
                    "last": editions[-1] if editions else None,
                    "next": next_edition(draft) if editions else None,
                    # “Add next year’s edition” saves a draft: until it is published, the
                    # series is listed, but the panel says the edition waits for review.
                    "in_draft": any(today <= o.start_date <= horizon for o in editions),
                }
            )
        return {"rows": rows}
