"""The board's screens in the Django admin (/django-admin/): members, the statutes' rules,
meetings with attendance, deliberations with their votes recorded in one screen."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import voting
from .models import Attendance, BoardMember, Deliberation, Meeting, Vote, VotingRules

OUTCOME_LABELS = {
    voting.ADOPTED: _("Adopted"),
    voting.REJECTED: _("Rejected"),
    voting.NO_QUORUM: _("No quorum"),
}


@admin.register(VotingRules)
class VotingRulesAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return super().has_add_permission(request) and not VotingRules.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(BoardMember)
class BoardMemberAdmin(admin.ModelAdmin):
    list_display = ["__str__", "role", "mandate_start", "mandate_end"]
    list_filter = ["role"]
    search_fields = ["first_name", "last_name"]


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 0
    autocomplete_fields = ["member", "proxy_holder"]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    # The quorum is computed on the meeting's own screen only: in the list it would cost two
    # queries per meeting.
    list_display = ["__str__", "place"]
    inlines = [AttendanceInline]
    readonly_fields = ["quorum_summary"]

    @admin.display(description=_("Attendance and quorum"))
    def quorum_summary(self, meeting):
        if meeting.pk is None:
            return "—"
        rules = VotingRules.current().as_rules()
        result = voting.tally(rules, meeting.attendance_map(), {}, None)
        return _("%(attending)s of %(entitled)s members attending; quorum %(needed)s: %(met)s") % {
            "attending": result.attending,
            "entitled": result.entitled,
            "needed": float(result.quorum_needed),
            "met": _("met") if result.quorum_met else _("not met"),
        }


class VoteInline(admin.TabularInline):
    model = Vote
    extra = 0
    autocomplete_fields = ["member"]

    def _open(self, obj):
        return obj is None or not obj.is_closed

    def has_add_permission(self, request, obj=None):
        return self._open(obj) and request.user.has_perm("projects.close_deliberation")

    def has_change_permission(self, request, obj=None):
        return self._open(obj) and request.user.has_perm("projects.close_deliberation")

    def has_delete_permission(self, request, obj=None):
        return self._open(obj) and request.user.has_perm("projects.close_deliberation")


@admin.register(Deliberation)
class DeliberationAdmin(admin.ModelAdmin):
    list_display = ["__str__", "meeting", "project", "stored_result", "closed_at"]
    list_select_related = ["meeting", "project"]
    list_filter = ["meeting"]
    inlines = [VoteInline]
    readonly_fields = ["result", "closed_at", "closed_by"]
    actions = ["close_deliberations"]

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_closed:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_closed:
            return False
        return super().has_delete_permission(request, obj)

    @admin.display(description=_("Result"))
    def result(self, deliberation):
        if deliberation.pk is None:
            return "—"
        if deliberation.is_closed:
            outcome, counts = deliberation.outcome, deliberation
        else:
            counts = deliberation.tally()
            outcome = counts.outcome
        abstentions = ngettext("%(n)d abstention", "%(n)d abstentions", counts.abstentions) % {
            "n": counts.abstentions
        }
        return _("%(outcome)s — %(for)s for, %(against)s against, %(abstentions)s") % {
            "outcome": OUTCOME_LABELS.get(outcome, outcome),
            "for": counts.votes_for,
            "against": counts.votes_against,
            "abstentions": abstentions,
        }

    @admin.display(description=_("Result"))
    def stored_result(self, deliberation):
        """In the list: the outcome written on closing (no count per row while it is open)."""
        if not deliberation.is_closed:
            return _("Open")
        return OUTCOME_LABELS.get(deliberation.outcome, deliberation.outcome)

    @admin.action(
        description=_("Close the selected deliberations (votes and outcome locked)"),
        permissions=["close"],
    )
    def close_deliberations(self, request, queryset):
        closed = 0
        for deliberation in queryset:
            try:
                deliberation.close(request.user)
                closed += 1
            except ValidationError as error:
                self.message_user(request, f"{deliberation}: {error.messages[0]}", messages.ERROR)
        if closed:
            self.message_user(
                request,
                ngettext("%(n)d deliberation closed.", "%(n)d deliberations closed.", closed)
                % {"n": closed},
                messages.SUCCESS,
            )

    def has_close_permission(self, request):
        return request.user.has_perm("projects.close_deliberation")
