"""What the secretary records in one screen: a meeting's attendance, a deliberation's votes.

Each form has one row per member in office, and each row carries, in a hidden field, the value
it was shown with. A save writes exactly the rows whose value differs from what they showed.
Before writing, under the register's locks (`lock_register`: meeting, attendance, deliberation,
votes, in the order every writer uses), each changed row is compared with what is stored now:
if someone else changed it since the screen was opened, nothing is written and the screen comes
back showing both values (optimistic concurrency per row); saving again keeps the secretary's
choice deliberately. "Not recorded" removes the vote. The whole new state is checked under the
same locks, so a refused row saves nothing and a closing cannot slip in between."""

import hashlib
import json

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from . import voting
from .models import Attendance, BoardMember, Vote, VotingRules
from .models.board import (
    ATTENDANCE_CHOICES,
    ATTENDANCE_LABELS,
    MEETING_LOCKED,
    VOTE_CHOICES,
    ClosedError,
    lock_register,
)

CONFLICT = _(
    "Someone else changed the rows marked below since you opened this screen: nothing was "
    "saved. Each shows what is recorded now and what you chose; save again to keep your "
    "choices, or change them."
)
STALE = _("This screen is out of date: reload it, then record again.")
MOVED = _(
    "What is put to the vote changed since you opened this screen (question, amount, project, "
    "application, meeting or its date): nothing was saved. The screen now shows it as it "
    "stands; check it, then save again."
)
MEETING_MOVED = _(
    "The meeting’s date changed since you opened this screen, and with it who is in office: "
    "nothing was saved. The screen now shows the members in office; check it, then save again."
)


def fingerprint(*values):
    """A short digest of what a screen showed (what is put to the vote, the meeting's date),
    carried in the form, so that a save made on a screen that no longer matches is refused."""
    text = json.dumps([None if v is None else str(v) for v in values], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def deliberation_fingerprint(deliberation, meeting):
    return fingerprint(
        deliberation.question,
        deliberation.amount_proposed,
        deliberation.project_id,
        deliberation.application_id,
        meeting.pk,
        meeting.date,
    )


def meeting_fingerprint(meeting):
    return fingerprint(meeting.pk, meeting.date)


class Rejected(ClosedError):
    """A save refused row by row (conflicts, or a state the statutes forbid): nothing written;
    the errors are on the form."""


class RecordingForm(forms.Form):
    """One row per member: the value fields named in `columns` and a hidden `shown_<pk>`
    holding the row as the screen showed it (`token`)."""

    columns = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            # The conflict screen carries forward what is recorded now as the new "shown".
            self.data = self.data.copy()
        self.fields["version"] = forms.CharField(
            widget=forms.HiddenInput,
            initial=self.current_version(),
            error_messages={"required": STALE},
        )

    def current_version(self):
        raise NotImplementedError

    def clean(self):
        """A hidden field missing, empty or spoilt (a member who entered office since the
        screen was opened has no "shown" value) is said on the screen, never saved silently."""
        hidden = [name for name in self.errors if name.startswith("shown_") or name == "version"]
        if hidden:
            for name in hidden:  # shown again as the screen stands now
                self.data[name] = self.fields[name].initial
            raise forms.ValidationError(STALE)
        return self.cleaned_data

    def check_version(self, now, message):
        """Under the locks: refuse when what the screen showed is no longer what is stored;
        the screen comes back carrying the current version."""
        if self.cleaned_data.get("version") != now:
            self.data["version"] = now
            self.add_error(None, message)
            raise Rejected(message)

    def add_shown(self, member, token):
        self.fields[f"shown_{member.pk}"] = forms.CharField(
            widget=forms.HiddenInput, initial=token, error_messages={"required": STALE}
        )

    def rows(self):
        """(member, its value fields, its hidden "shown" field) for each row."""
        return [
            (
                member,
                [self[f"{name}_{member.pk}"] for name in self.columns],
                self[f"shown_{member.pk}"],
            )
            for member in self.members
        ]

    def posted(self, member):
        return self.token(*(self.cleaned_data.get(f"{c}_{member.pk}") for c in self.columns))

    @staticmethod
    def token(*values):
        """A row's values as one string ("present|12", "for", "" for no vote), prefixed so
        that it is never empty (an empty shown value means a tampered or truncated post)."""
        return "v:" + "|".join("" if value is None else str(value) for value in values)

    def changed_members(self):
        return [
            member
            for member in self.members
            if self.posted(member) != self.cleaned_data[f"shown_{member.pk}"]
        ]

    def check_conflicts(self, current):
        """Rows changed here and elsewhere since shown: error on the row, new "shown"."""
        changed, conflicts = [], []
        for member in self.changed_members():
            shown = self.cleaned_data[f"shown_{member.pk}"]
            now = current.get(member.pk, self.empty_token)
            if now == self.posted(member):
                continue  # the same change was made by someone else: nothing to write
            if now != shown:
                conflicts.append(member)
                self.data[f"shown_{member.pk}"] = now
                self.add_error(
                    f"{self.columns[0]}_{member.pk}",
                    _("Recorded meanwhile by someone else: “%(now)s”. You chose: “%(mine)s”.")
                    % {"now": self.describe(now), "mine": self.describe(self.posted(member))},
                )
            else:
                changed.append(member)
        if conflicts:
            self.add_error(None, CONFLICT)
        return changed

    def describe(self, token):
        raise NotImplementedError

    def reject_if_errors(self):
        if self.errors:
            raise Rejected(_("Nothing was saved."))


class AttendanceForm(RecordingForm):
    """Present, represented (by whom), excused or absent, for every member in office."""

    columns = ("status", "proxy")
    empty_token = RecordingForm.token(voting.ABSENT, None)

    def __init__(self, meeting, *args, **kwargs):
        self.meeting = meeting
        super().__init__(*args, **kwargs)
        self.members = list(BoardMember.objects.in_office(meeting.date))
        self.names = {m.pk: str(m) for m in self.members}
        recorded = {a.member_id: a for a in meeting.attendances.all()}
        holders = [("", "—")] + [(m.pk, str(m)) for m in self.members]
        for member in self.members:
            current = recorded.get(member.pk)
            status = current.status if current else voting.ABSENT
            holder = current.proxy_holder_id if current else None
            self.fields[f"status_{member.pk}"] = forms.ChoiceField(
                label=_("Attendance of %(member)s") % {"member": member},
                choices=ATTENDANCE_CHOICES,
                initial=status,
            )
            self.fields[f"proxy_{member.pk}"] = forms.TypedChoiceField(
                label=_("Proxy holder of %(member)s") % {"member": member},
                choices=holders,
                coerce=int,
                empty_value=None,
                required=False,
                initial=holder,
            )
            self.add_shown(member, self.token(status, holder))

    def describe(self, token):
        status, _sep, holder = token.removeprefix("v:").partition("|")
        label = str(ATTENDANCE_LABELS.get(status, status))
        if holder:
            label += f" ({self.names.get(int(holder), holder)})"
        return label

    def current_version(self):
        return meeting_fingerprint(self.meeting)

    def clean(self):
        super().clean()
        if self.meeting.has_closed_deliberation():
            raise forms.ValidationError(MEETING_LOCKED)
        return self.cleaned_data

    def check_state(self, state):
        """The proxies of the state after saving, as the statutes allow them."""
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

    @transaction.atomic
    def save(self):
        """Write the changed rows; returns the members whose attendance changed. Raises
        `Rejected` (errors on the form) or `ClosedError`, having written nothing."""
        locks = lock_register(self.meeting.pk)
        if self.meeting.has_closed_deliberation():
            raise ClosedError(MEETING_LOCKED)
        self.check_version(meeting_fingerprint(locks.meeting), MEETING_MOVED)
        stored = {a.member_id: (a.status, a.proxy_holder_id) for a in locks.attendances}
        current = {pk: self.token(*values) for pk, values in stored.items()}
        changed = self.check_conflicts(current)
        self.reject_if_errors()
        state = {m.pk: stored.get(m.pk, (voting.ABSENT, None)) for m in self.members}
        for member in changed:
            state[member.pk] = (
                self.cleaned_data[f"status_{member.pk}"],
                self.cleaned_data[f"proxy_{member.pk}"],
            )
        self.check_state(state)
        self.reject_if_errors()
        for member in changed:
            status, holder = state[member.pk]
            Attendance.objects.update_or_create(
                meeting=self.meeting,
                member=member,
                defaults={"status": status, "proxy_holder_id": holder},
            )
        self.state = state
        return changed


class VotesForm(RecordingForm):
    """The votes of a show of hands: one choice per member present or represented."""

    columns = ("vote",)
    empty_token = RecordingForm.token("")

    def __init__(self, deliberation, *args, **kwargs):
        self.deliberation = deliberation
        super().__init__(*args, **kwargs)
        self.attendance = deliberation.meeting.attendance_map()
        self.members = list(BoardMember.objects.in_office(deliberation.meeting.date))
        recorded = {v.member_id: v.choice for v in deliberation.votes.all()}
        for member in self.members:
            choice = recorded.get(member.pk, "")
            self.fields[f"vote_{member.pk}"] = forms.ChoiceField(
                label=_("Vote of %(member)s") % {"member": member},
                choices=[("", _("Not recorded")), *VOTE_CHOICES],
                required=False,
                initial=choice,
                widget=forms.RadioSelect,
            )
            self.add_shown(member, self.token(choice))

    def rows(self):
        return [
            (
                member,
                ATTENDANCE_LABELS[self.attendance[member.pk]],
                self.can_vote(member),
                fields,
                shown,
            )
            for member, fields, shown in super().rows()
        ]

    def describe(self, token):
        choice = token.removeprefix("v:")
        return str(dict(VOTE_CHOICES).get(choice, _("Not recorded")))

    def can_vote(self, member, attendance=None):
        status = (attendance or self.attendance).get(member.pk)
        return status in (voting.PRESENT, voting.REPRESENTED)

    def current_version(self):
        return deliberation_fingerprint(self.deliberation, self.deliberation.meeting)

    def clean(self):
        super().clean()
        if self.deliberation.is_closed:
            raise forms.ValidationError(_("This deliberation is closed."))
        return self.cleaned_data

    @transaction.atomic
    def save(self):
        """Write the changed votes; returns (member, choice) for each change. Raises `Rejected`
        (errors on the form) or `ClosedError`, having written nothing."""
        locks = lock_register(self.deliberation.meeting_id, self.deliberation.pk)
        locked = locks.deliberation
        if locked.is_closed:
            raise ClosedError(_("This deliberation is closed."))
        meeting = locks.meeting if locked.meeting_id == locks.meeting.pk else locked.meeting
        self.check_version(deliberation_fingerprint(locked, meeting), MOVED)
        statuses = {a.member_id: a.status for a in locks.attendances}
        attendance = {m.pk: statuses.get(m.pk, voting.ABSENT) for m in self.members}
        current = {v.member_id: self.token(v.choice) for v in locks.votes}
        changed = self.check_conflicts(current)
        for member in changed:
            key = f"vote_{member.pk}"
            choice = self.cleaned_data[key]
            casts = choice not in ("", voting.NOT_TAKING_PART)
            if casts and not self.can_vote(member, attendance):
                self.add_error(
                    key, _("This member was neither present nor represented at the meeting.")
                )
        self.reject_if_errors()
        changes = []
        for member in changed:
            choice = self.cleaned_data[f"vote_{member.pk}"]
            if choice:
                Vote.objects.update_or_create(
                    deliberation=locked, member=member, defaults={"choice": choice}
                )
            else:
                Vote.objects.filter(deliberation=locked, member=member).delete()
            changes.append((member, choice))
        return changes
