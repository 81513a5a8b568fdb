"""“Add next year’s edition”: one action that copies the last edition a year later into a
draft, then opens the editor so the volunteer can adjust it and publish."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .models import EventOccurrence, EventPage, Recurrence, next_year_date


def next_edition(page):
    """The edition after the page's last one, following its recurrence rule."""
    last = page.ordered_occurrences()[-1]
    start = next_year_date(last.start_date, page.recurrence or "yearly_date")
    end = start + (last.end_date - last.start_date) if last.end_date else None
    return EventOccurrence(
        start_date=start,
        end_date=end,
        all_day=last.all_day,
        start_time=last.start_time,
        end_time=last.end_time,
        venue=last.venue,
        city=last.city,
    )


@require_http_methods(["GET", "POST"])
def add_next_edition(request, page_id):
    """GET shows the edition that would be added; POST adds it to a new draft."""
    page = get_object_or_404(EventPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    draft = page.get_latest_revision_as_object()
    if not list(draft.occurrences.all()):
        messages.error(request, _("This event has no edition to copy yet."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    edition = next_edition(draft)
    if request.method == "GET":
        return TemplateResponse(
            request,
            "events/admin/add_next_edition.html",
            {
                "page": page,
                "edition": edition,
                "last": draft.ordered_occurrences()[-1],
                "rule": Recurrence(page.recurrence or Recurrence.YEARLY_DATE).label,
                "header_title": _("Add next year’s edition"),
                "page_title": _("Add next year’s edition"),
                "header_icon": "date",
            },
        )
    draft.occurrences.add(edition)
    draft.save_revision(user=request.user, log_action=True)
    messages.success(
        request,
        _("Edition of %(date)s added as a draft: check it, then publish.")
        % {"date": edition.date_display},
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
