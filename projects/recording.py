"""What the secretary records in one screen: a meeting's attendance, a deliberation's votes.

Each form has one row per member in office. Only the rows the secretary changed are written
(each field carries the value it was shown with), so two secretaries recording at the same
time on different members lose nothing. The whole new state is checked before anything is
written, inside a transaction that holds the meeting's or the deliberation's row locked: a
refused row saves nothing, and a closing cannot slip in between."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from . import voting
from .models import Attendance, BoardMember, Deliberation, Meeting, Vote, VotingRules
from .models.board import (
    ATTENDANCE_CHOICES,
    ATTENDANCE_LABELS,
    MEETING_LOCKED,
    VOTE_CHOICES,
    ClosedError,
)


def _row(form, member):
    return [form[f"{name}_{member.pk}"] for name in form.columns]


class AttendanceForm(forms.Form):
    """Present, represented (by whom), excused or absent, for every member in office."""

    columns = ("status", "proxy")

    def __init__(self, meeting, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.meeting = meeting
        self.members = list(BoardMember.objects.in_office(meeting.date))
        recorded = {a.member_id: a for a in meeting.attendances.all()}
        holders = [("", "—")] + [(m.pk, str(m)) for m in self.members]
        for member in self.members:
            current = recorded.get(member.pk)
            self.fields[f"status_{member.pk}"] = forms.ChoiceField(
                label=_("Attendance of %(member)s") % {"member": member},
                choices=ATTENDANCE_CHOICES,
                initial=current.status if current else voting.ABSENT,
                show_hidden_initial=True,
            )
            self.fields[f"proxy_{member.pk}"] = forms.TypedChoiceField(
                label=_("Proxy holder of %(member)s") % {"member": member},
                choices=holders,
                coerce=int,
                empty_value=None,
                required=False,
                initial=current.proxy_holder_id if current else None,
                show_hidden_initial=True,
            )

    def rows(self):
        return [(member, _row(self, member)) for member in self.members]

    def clean(self):
        if self.meeting.has_closed_deliberation():
            raise forms.ValidationError(MEETING_LOCKED)
        # The state after saving: what is recorded, with the changed rows replaced.
        recorded = {
            a.member_id: (a.status, a.proxy_holder_id) for a in self.meeting.attendances.all()
        }
        state = {}
        for member in self.members:
            status_key, proxy_key = f"status_{member.pk}", f"proxy_{member.pk}"
            if status_key in self.changed_data or proxy_key in self.changed_data:
                state[member.pk] = (
                    self.cleaned_data.get(status_key),
                    self.cleaned_data.get(proxy_key),
                )
            else:
                state[member.pk] = recorded.get(member.pk, (voting.ABSENT, None))
        rules = VotingRules.current()
        held = {}
        for member in self.members:
            status, holder = state[member.pk]
            field = f"proxy_{member.pk}"
            if status != voting.REPRESENTED:
                if holder:
                    self.add_error(field, _("Only a represented member has a proxy holder."))
                continue
            if not rules.proxies_allowed:
                self.add_error(f"status_{member.pk}", _("The statutes do not allow proxies."))
            elif not holder or holder == member.pk:
                self.add_error(field, _("Say which other member holds the proxy."))
            elif state.get(holder, (None,))[0] != voting.PRESENT:
                self.add_error(field, _("The proxy holder must be present."))
            else:
                held[holder] = held.get(holder, 0) + 1
                if held[holder] > rules.max_proxies:
                    self.add_error(
                        field,
                        _("This member already holds as many proxies as the statutes allow."),
                    )
        self.state = state
        return self.cleaned_data

    def changed_members(self):
        return [
            member
            for member in self.members
            if {f"status_{member.pk}", f"proxy_{member.pk}"} & set(self.changed_data)
        ]

    @transaction.atomic
    def save(self):
        """Write the changed rows; returns the members whose attendance changed."""
        Meeting.objects.select_for_update().get(pk=self.meeting.pk)
        if self.meeting.has_closed_deliberation():
            raise ClosedError(MEETING_LOCKED)
        changed = self.changed_members()
        for member in changed:
            status, holder = self.state[member.pk]
            Attendance.objects.update_or_create(
                meeting=self.meeting,
                member=member,
                defaults={"status": status, "proxy_holder_id": holder},
            )
        return changed


class VotesForm(forms.Form):
    """The votes of a show of hands: one choice per member present or represented."""

    columns = ("vote",)

    def __init__(self, deliberation, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.deliberation = deliberation
        self.attendance = deliberation.meeting.attendance_map()
        members = BoardMember.objects.in_office(deliberation.meeting.date)
        self.members = list(members)
        recorded = {v.member_id: v.choice for v in deliberation.votes.all()}
        for member in self.members:
            self.fields[f"vote_{member.pk}"] = forms.ChoiceField(
                label=_("Vote of %(member)s") % {"member": member},
                choices=[("", _("Not recorded")), *VOTE_CHOICES],
                required=False,
                initial=recorded.get(member.pk, ""),
                widget=forms.RadioSelect,
                show_hidden_initial=True,
            )

    def rows(self):
        return [
            (
                member,
                ATTENDANCE_LABELS[self.attendance[member.pk]],
                self.can_vote(member),
                _row(self, member),
            )
            for member in self.members
        ]

    def can_vote(self, member):
        return self.attendance.get(member.pk) in (voting.PRESENT, voting.REPRESENTED)

    def clean(self):
        if self.deliberation.is_closed:
            raise forms.ValidationError(_("This deliberation is closed."))
        for member in self.members:
            key = f"vote_{member.pk}"
            choice = self.cleaned_data.get(key)
            casts = key in self.changed_data and choice not in ("", voting.NOT_TAKING_PART)
            if casts and not self.can_vote(member):
                self.add_error(
                    key, _("This member was neither present nor represented at the meeting.")
                )
        return self.cleaned_data

    @transaction.atomic
    def save(self):
        """Write the changed votes; returns (member, choice) for each change."""
        locked = Deliberation.objects.select_for_update().get(pk=self.deliberation.pk)
        if locked.is_closed:
            raise ClosedError(_("This deliberation is closed."))
        changes = []
        for member in self.members:
            key = f"vote_{member.pk}"
            if key not in self.changed_data:
                continue
            choice = self.cleaned_data[key]
            if choice:
                Vote.objects.update_or_create(
                    deliberation=locked, member=member, defaults={"choice": choice}
                )
            else:
                Vote.objects.filter(deliberation=locked, member=member).delete()
            changes.append((member, choice))
        return changes
