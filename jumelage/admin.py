"""The periodic jobs' history in the Django admin (/django-admin/), read-only: what ran, when,
for how long, on which server, and how it ended (with the error)."""

from babel import units
from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from . import formats, jobs
from .models import JobRun


def preformatted(text):
    return format_html('<pre class="literal-block">{}</pre>', text) if text else "—"


@admin.register(JobRun)
class JobRunAdmin(admin.ModelAdmin):
    list_display = ["job_label", "started_at", "duration_display", "status", "host"]
    list_filter = ["status", "job"]
    date_hierarchy = "started_at"
    fields = [
        "job_label",
        "slot",
        "started_at",
        "finished_at",
        "duration_display",
        "status",
        "host",
        "error_text",
        "output_text",
    ]
    readonly_fields = fields
    list_per_page = 50
    show_full_result_count = False

    @admin.display(description=_("job"), ordering="job")
    def job_label(self, run):
        label = jobs.label(run.job)
        return f"{label} ({run.job})" if label else run.job

    @admin.display(description=_("duration"))
    def duration_display(self, run):
        if run.duration is None:
            return "—"
        return units.format_unit(
            run.duration.total_seconds(),
            "duration-second",
            length="short",
            format="#,##0.0",
            locale=formats.locale(),
        )

    # A traceback and a command's output keep their lines and indentation.
    @admin.display(description=_("error"))
    def error_text(self, run):
        return preformatted(run.error)

    @admin.display(description=_("output"))
    def output_text(self, run):
        return preformatted(run.output)

    # Written by the runs themselves only.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
