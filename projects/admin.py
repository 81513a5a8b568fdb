"""The board's screens in the Django admin (/django-admin/): the statutes' rules, members,
project applications, meetings with their attendance, deliberations with their votes recorded in
one screen, closing, minutes, and the funding overview. Every change is logged (who, when) in
the admin's history, the custom screens included."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from jumelage import formats
from jumelage.exports import csv_response

from . import voting
from .models import (
    BoardMember,
    Deliberation,
    Meeting,
    ProjectApplication,
    RegisterNote,
    VotingRules,
)
from .models.board import (
    ATTENDANCE_LABELS,
    FROZEN_FIELDS,
    OUTCOME_LABELS,
    VOTE_CHOICES,
    ClosedError,
)
from .recording import AttendanceForm, Rejected, VotesForm


def shown_figure(model, name):
    """An admin display method for a read-only amount: "3 000" / "3,000" (Babel, the labels
    say "(€)") where Django's read-only field would write "3000,00"."""

    def display(self, obj):
        return formats.figure(getattr(obj, name))

    display.__name__ = f"{name}_figure"
    return admin.display(description=model._meta.get_field(name).verbose_name)(display)


def counts_line(counts):
    """ "Adopted — 6 for, 1 against, 1 abstention" for a closed deliberation or a tally."""
    abstentions = ngettext("%(n)d abstention", "%(n)d abstentions", counts.abstentions) % {
        "n": counts.abstentions
    }
    return _("%(outcome)s — %(for)s for, %(against)s against, %(abstentions)s") % {
        "outcome": OUTCOME_LABELS.get(counts.outcome, counts.outcome),
        "for": counts.votes_for,
        "against": counts.votes_against,
        "abstentions": abstentions,
    }


class BoardModelAdmin(admin.ModelAdmin):
    """Custom screens of one object: `object_or_404` checks the permission and finds it,
    `screen` renders it in the admin's frame."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        """The models' refusal (a closed or frozen record, found under the register's locks
        after the form was checked) is a message on the screen, never a 500; the admin's
        transaction has written nothing."""
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ClosedError as error:
            self.message_user(request, error.messages[0], messages.ERROR)
            return redirect(request.get_full_path())

    def object_or_404(self, request, pk, permission):
        if not self.has_view_permission(request) or not request.user.has_perm(permission):
            raise PermissionDenied
        return get_object_or_404(self.get_queryset(request), pk=pk)

    def screen(self, request, template, obj, title, **context):
        context.update(
            self.admin_site.each_context(request),
            opts=self.model._meta,
            original=obj,
            title=title,
            subtitle=str(obj),
        )
        return TemplateResponse(request, template, context)


@admin.register(VotingRules)
class VotingRulesAdmin(BoardModelAdmin):
    def has_add_permission(self, request):
        return super().has_add_permission(request) and not VotingRules.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(RegisterNote)
class RegisterNoteAdmin(admin.ModelAdmin):
    """Entries about the register itself (re-chained under a key, say): read only."""

    list_display = ["at", "head_sequence", "text"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(BoardMember)
class BoardMemberAdmin(admin.ModelAdmin):
    list_display = ["__str__", "role", "mandate_start", "mandate_end"]
    list_filter = ["role"]
    search_fields = ["first_name", "last_name"]


@admin.register(ProjectApplication)
class ProjectApplicationAdmin(admin.ModelAdmin):
    """Read by the board only; what the applicant sent is never edited, only its status and
    the public page it led to."""

    list_display = [
        "title",
        "organisation_or_name",
        "twin_city",
        "field",
        "amount_asked",
        "submitted_at",
        "status",
    ]

    @admin.display(description=_("Amount requested"), ordering="amount_requested")
    def amount_asked(self, application):
        """ "3 000 €" as French writes it (Babel), not "3000,00"."""
        from jumelage.formats import money

        return money(application.amount_requested)

    list_filter = ["status", "field", "twin_city"]
    list_select_related = ["twin_city"]
    search_fields = ["title", "applicant_name", "organisation", "email"]
    date_hierarchy = "submitted_at"
    fieldsets = [
        (None, {"fields": ["status", "project", "agenda_link"]}),
        (
            _("Applicant"),
            {"fields": ["applicant_name", "organisation", "email", "phone", "language"]},
        ),
        (
            _("Project"),
            {"fields": ["title", "twin_city", "field", "aims", "start_date", "end_date"]},
        ),
        (
            _("Budget"),
            {
                "fields": [
                    "participants",
                    "total_budget_figure",
                    "amount_requested_figure",
                    "other_funding",
                    "attachment_link",
                ]
            },
        ),
        (
            _("Received"),
            {"fields": ["submitted_at", "consent_at", "decision_sent_at", "decision_send_error"]},
        ),
    ]
    # What the applicant sent is read-only; the board sets only these.
    editable_fields = ("status", "project")
    total_budget_figure = shown_figure(ProjectApplication, "total_budget")
    amount_requested_figure = shown_figure(ProjectApplication, "amount_requested")

    def get_readonly_fields(self, request, obj=None):
        return [
            name
            for _title, options in self.fieldsets
            for name in options["fields"]
            if name not in self.editable_fields
        ]

    def has_add_permission(self, request):
        return False  # applications come from the public form

    @admin.display(description=_("Organisation or applicant"))
    def organisation_or_name(self, application):
        return application.organisation or application.applicant_name

    @admin.display(description=_("Attachment"))
    def attachment_link(self, application):
        if not application.attachment:
            return "—"
        url = reverse("admin:projects_projectapplication_attachment", args=[application.pk])
        return format_html('<a href="{}">{}</a>', url, _("Download the attachment"))

    @admin.display(description=_("Board meeting"))
    def agenda_link(self, application):
        if application.pk is None:
            return "—"
        query = {
            "application": application.pk,
            "question": _("Support the project “%(title)s”?") % {"title": application.title},
            "amount_proposed": application.amount_requested,
        }
        if application.project_id:
            query["project"] = application.project_id
        url = reverse("admin:projects_deliberation_add") + "?" + urlencode(query)
        return format_html(
            '<a class="button" href="{}">{}</a>', url, _("Put it on a meeting’s agenda")
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/attachment/",
                self.admin_site.admin_view(self.attachment_view),
                name="projects_projectapplication_attachment",
            )
        ] + super().get_urls()

    def attachment_view(self, request, pk):
        if not self.has_view_permission(request):
            raise PermissionDenied
        application = get_object_or_404(ProjectApplication, pk=pk)
        if not application.attachment:
            raise Http404
        try:
            handle = application.attachment.open("rb")
        except FileNotFoundError as error:
            raise Http404 from error
        # Always a download, never shown inline by the browser.
        return FileResponse(handle, as_attachment=True, filename=application.attachment.name)


@admin.register(Meeting)
class MeetingAdmin(BoardModelAdmin):
    list_display = ["__str__", "place"]
    date_hierarchy = "date"
    readonly_fields = ["attendance_summary", "quorum_summary", "deliberation_list"]

    def get_readonly_fields(self, request, obj=None):
        """What the record covers is shown, not offered (the model refuses it too)."""
        readonly = list(super().get_readonly_fields(request, obj))
        return [*(obj.frozen_fields() if obj is not None else ()), *readonly]

    fields = [
        "date",
        "place",
        "chair",
        "secretary",
        "opened_at",
        "ended_at",
        "previous_minutes",
        "attendance_summary",
        "quorum_summary",
        "deliberation_list",
    ]

    @admin.display(description=_("Attendance"))
    def attendance_summary(self, meeting):
        if meeting.pk is None:
            return _("Save the meeting, then record who attends.")
        rows = meeting.attendances.select_related("member", "proxy_holder").order_by(
            "member__last_name"
        )
        if not rows:
            return _("Nobody recorded yet.")
        return format_html_join(
            "",
            "<div>{} — {}{}</div>",
            (
                (
                    row.member,
                    row.get_status_display(),
                    f" ({_('by')} {row.proxy_holder})" if row.proxy_holder else "",
                )
                for row in rows
            ),
        )

    @admin.display(description=_("Quorum"))
    def quorum_summary(self, meeting):
        if meeting.pk is None:
            return "—"
        return quorum_line(meeting)

    @admin.display(description=_("Deliberations"))
    def deliberation_list(self, meeting):
        if meeting.pk is None:
            return "—"
        rows = []
        for deliberation in meeting.deliberations.all():
            url = reverse("admin:projects_deliberation_change", args=[deliberation.pk])
            state = deliberation.get_outcome_display() if deliberation.is_closed else _("Open")
            rows.append((url, deliberation, state))
        if not rows:
            return _("None yet.")
        return format_html_join("", '<div><a href="{}">{}</a> — {}</div>', rows)

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path(
                "<int:pk>/attendance/",
                view(self.attendance_view),
                name="projects_meeting_attendance",
            ),
            path("<int:pk>/minutes.pdf", view(self.minutes_view), name="projects_meeting_minutes"),
            path(
                "<int:pk>/votes.csv", view(self.votes_csv_view), name="projects_meeting_votes_csv"
            ),
        ] + super().get_urls()

    def attendance_view(self, request, pk):
        meeting = self.object_or_404(request, pk, "projects.change_attendance")
        form = AttendanceForm(meeting, request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                changed = form.save()
            except Rejected:
                meeting.refresh_from_db()  # the errors are on the form; shown as it stands
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if changed:
                    self.log_change(
                        request,
                        meeting,
                        str(_("Attendance recorded: %(rows)s"))
                        % {
                            "rows": ", ".join(
                                f"{member}: {ATTENDANCE_LABELS[form.state[member.pk][0]]}"
                                for member in changed
                            )
                        },
                    )
                self.message_user(request, _("Attendance saved."), messages.SUCCESS)
                return redirect("admin:projects_meeting_change", meeting.pk)
        return self.screen(
            request,
            "admin/projects/meeting/attendance.html",
            meeting,
            _("Attendance"),
            form=form,
            quorum=quorum_line(meeting),
        )

    def minutes_view(self, request, pk):
        from . import minutes

        meeting = self.object_or_404(request, pk, "projects.view_meeting")
        response = HttpResponse(minutes.minutes_pdf(meeting), content_type="application/pdf")
        response["Content-Disposition"] = (
            f'attachment; filename="proces-verbal-{meeting.date:%Y-%m-%d}.pdf"'
        )
        return response

    def votes_csv_view(self, request, pk):
        from . import minutes

        meeting = self.object_or_404(request, pk, "projects.view_vote")
        return csv_response(f"votes-{meeting.date:%Y-%m-%d}.csv", minutes.vote_rows(meeting))


def quorum_line(meeting):
    rules = VotingRules.current().as_rules()
    result = voting.tally(rules, meeting.attendance_map(), {}, None)
    return _("%(attending)s of %(entitled)s members attending; quorum %(needed)s: %(met)s") % {
        "attending": result.attending,
        "entitled": result.entitled,
        "needed": f"{float(result.quorum_needed):g}",
        "met": _("met") if result.quorum_met else _("not met"),
    }


@admin.register(Deliberation)
class DeliberationAdmin(BoardModelAdmin):
    list_display = ["__str__", "meeting", "project", "stored_result", "closed_at"]
    list_select_related = ["meeting", "project"]
    list_filter = ["meeting"]
    fields = [
        "meeting",
        "project",
        "application",
        "question",
        "amount_proposed",
        "corrects",
        "result",
        "votes_summary",
        "closed_at",
        "closed_by",
        "register",
    ]
    readonly_fields = ["result", "votes_summary", "closed_at", "closed_by", "register"]
    actions = ["close_deliberations"]
    amount_proposed_figure = shown_figure(Deliberation, "amount_proposed")

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_closed:
            return False
        return super().has_change_permission(request, obj)

    def get_fields(self, request, obj=None):
        """Where the amount is only shown (a closed or voted deliberation), it is shown as the
        board reads amounts: "3 000", not "3000,00"."""
        fields = list(super().get_fields(request, obj))
        if obj is not None and (obj.is_closed or obj.has_votes()):
            fields = ["amount_proposed_figure" if f == "amount_proposed" else f for f in fields]
        return fields

    def get_readonly_fields(self, request, obj=None):
        readonly = self._readonly_fields(request, obj)
        if obj is not None and (obj.is_closed or obj.has_votes()):
            readonly = [*readonly, "amount_proposed_figure"]
        return readonly

    def _readonly_fields(self, request, obj=None):
        """Once a vote is recorded, what was put to the vote is shown, not offered (the model
        refuses the change too: `Deliberation.save`)."""
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.has_votes():
            readonly = [*FROZEN_FIELDS, *readonly]
        return readonly

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_closed:
            return False
        return super().has_delete_permission(request, obj)

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        corrected = Deliberation.objects.filter(pk=request.GET.get("corrects")).first()
        if corrected and corrected.is_closed:
            initial.setdefault("project", corrected.project_id)
            initial.setdefault("application", corrected.application_id)
            initial.setdefault("amount_proposed", corrected.amount_proposed)
            initial.setdefault("question", corrected.question)
        return initial

    @admin.display(description=_("Result"))
    def result(self, deliberation):
        if deliberation.pk is None:
            return "—"
        if deliberation.is_closed:
            return counts_line(deliberation)
        counts = deliberation.tally()
        return format_html("{} <em>({})</em>", counts_line(counts), _("as it stands; not closed"))

    @admin.display(description=_("Votes"))
    def votes_summary(self, deliberation):
        if deliberation.pk is None:
            return "—"
        votes = deliberation.votes.select_related("member").order_by("member__last_name")
        if not votes:
            return _("No vote recorded yet.")
        return format_html_join(
            "", "<div>{}: {}</div>", ((v.member, v.get_choice_display()) for v in votes)
        )

    @admin.display(description=_("Register"))
    def register(self, deliberation):
        if not deliberation.sequence:
            return "—"
        return _("No. %(n)s — SHA-256 %(digest)s") % {
            "n": deliberation.sequence,
            "digest": deliberation.digest,
        }

    @admin.display(description=_("Result"))
    def stored_result(self, deliberation):
        """In the list: the outcome written on closing (no count per row while it is open)."""
        if not deliberation.is_closed:
            return _("Open")
        return deliberation.get_outcome_display()

    def render_change_form(self, request, context, *args, obj=None, **kwargs):
        if obj is not None:
            user = request.user
            context.update(
                can_record=not obj.is_closed and user.has_perm("projects.close_deliberation"),
                can_correct=obj.is_closed and self.has_add_permission(request),
            )
        return super().render_change_form(request, context, *args, obj=obj, **kwargs)

    @admin.action(
        description=_("Close the selected deliberations (votes and outcome locked)"),
        permissions=["close"],
    )
    def close_deliberations(self, request, queryset):
        closed = 0
        for deliberation in queryset:
            try:
                deliberation.close(request.user)
            except ValidationError as error:
                self.message_user(request, f"{deliberation}: {error.messages[0]}", messages.ERROR)
            else:
                closed += 1
                self.log_closing(request, deliberation)
        if closed:
            self.message_user(
                request,
                ngettext("%(n)d deliberation closed.", "%(n)d deliberations closed.", closed)
                % {"n": closed},
                messages.SUCCESS,
            )

    def has_close_permission(self, request):
        return request.user.has_perm("projects.close_deliberation")

    def log_closing(self, request, deliberation):
        self.log_change(
            request,
            deliberation,
            str(_("Closed: %(result)s")) % {"result": counts_line(deliberation)},
        )

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/votes/", view(self.votes_view), name="projects_deliberation_votes"),
            path("<int:pk>/close/", view(self.close_view), name="projects_deliberation_close"),
            path("funding/", view(self.funding_view), name="projects_deliberation_funding"),
        ] + super().get_urls()

    def votes_view(self, request, pk):
        deliberation = self.object_or_404(request, pk, "projects.close_deliberation")
        if deliberation.is_closed:
            self.message_user(request, _("This deliberation is closed."), messages.ERROR)
            return redirect("admin:projects_deliberation_change", pk)
        form = VotesForm(deliberation, request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                changes = form.save()
            except Rejected:
                deliberation.refresh_from_db()  # the errors are on the form; shown as it stands
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if changes:
                    labels = dict(VOTE_CHOICES)
                    self.log_change(
                        request,
                        deliberation,
                        str(_("Votes recorded: %(votes)s"))
                        % {
                            "votes": ", ".join(
                                f"{member}: {labels[choice] if choice else _('removed')}"
                                for member, choice in changes
                            )
                        },
                    )
                self.message_user(request, _("Votes saved."), messages.SUCCESS)
                if "_close" in request.POST:
                    return redirect("admin:projects_deliberation_close", pk)
                return redirect("admin:projects_deliberation_votes", pk)
        counts = deliberation.tally()
        return self.screen(
            request,
            "admin/projects/deliberation/votes.html",
            deliberation,
            _("Record the votes"),
            form=form,
            result=counts_line(counts),
            quorum=quorum_line(deliberation.meeting),
        )

    def close_view(self, request, pk):
        deliberation = self.object_or_404(request, pk, "projects.close_deliberation")
        if deliberation.is_closed:
            self.message_user(request, _("This deliberation is already closed."), messages.ERROR)
            return redirect("admin:projects_deliberation_change", pk)
        counts = deliberation.tally()
        if request.method == "POST":
            try:
                deliberation.close(request.user)
            except ValidationError as error:
                self.message_user(request, error.messages[0], messages.ERROR)
            else:
                self.log_closing(request, deliberation)
                self.message_user(
                    request,
                    _("Deliberation closed: %(result)s") % {"result": counts_line(deliberation)},
                    messages.SUCCESS,
                )
            return redirect("admin:projects_deliberation_change", pk)
        conflicted = BoardMember.objects.filter(pk__in=counts.not_taking_part)
        return self.screen(
            request,
            "admin/projects/deliberation/close.html",
            deliberation,
            _("Close the deliberation"),
            result=counts_line(counts),
            counts=counts,
            conflicted=conflicted,
            now=timezone.now(),
        )

    def funding_view(self, request):
        from . import funding

        if not self.has_view_permission(request):
            raise PermissionDenied
        return funding.funding_overview(request, self.admin_site.each_context(request))
