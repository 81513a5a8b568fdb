"""The board of directors: its members, the statutes' voting rules, meetings, attendance,
deliberations and votes. Outcomes are computed by `projects.voting.tally`, never typed, and a
closed deliberation can no longer change, whichever way one tries (form, model, bulk)."""

from dataclasses import dataclass
from fractions import Fraction

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jumelage import pagecache

from .. import ledger, voting
from .applications import ApplicationStatus, ProjectApplication
from .pages import ProjectPage, ProjectStatus

# The labels of `projects.voting`'s codes, for every screen, the minutes and the exports.
ATTENDANCE_CHOICES = [
    (voting.PRESENT, _("Present")),
    (voting.REPRESENTED, _("Represented")),
    (voting.EXCUSED, _("Excused")),
    (voting.ABSENT, _("Absent")),
]
VOTE_CHOICES = [
    (voting.FOR, _("For")),
    (voting.AGAINST, _("Against")),
    (voting.ABSTAIN, _("Abstention")),
    (voting.NOT_TAKING_PART, _("Does not take part (conflict of interest)")),
]
OUTCOME_CHOICES = [
    (voting.ADOPTED, _("Adopted")),
    (voting.REJECTED, _("Rejected")),
    (voting.NO_QUORUM, _("No quorum")),
]
ATTENDANCE_LABELS = dict(ATTENDANCE_CHOICES)
OUTCOME_LABELS = dict(OUTCOME_CHOICES)


RULES_FROZEN = _(
    "Votes are recorded on a deliberation not yet closed: the rules they are counted under "
    "cannot change until it is closed."
)


class VotingRules(models.Model):
    """The statutes' voting rules, set once (a single row)."""

    quorum_numerator = models.PositiveSmallIntegerField(_("Quorum: numerator"), default=1)
    quorum_denominator = models.PositiveSmallIntegerField(
        _("Quorum: denominator"),
        default=2,
        validators=[MinValueValidator(1)],
        help_text=_("1 and 2: half of the members in office must attend."),
    )
    represented_count_for_quorum = models.BooleanField(
        _("Represented members count for the quorum"), default=True
    )
    majority = models.CharField(
        _("Majority"),
        max_length=12,
        choices=[
            (voting.SIMPLE, _("Simple majority of the votes cast")),
            (voting.ABSOLUTE, _("Absolute majority of the members")),
            (voting.TWO_THIRDS, _("Two thirds of the votes cast")),
        ],
        default=voting.SIMPLE,
    )
    abstentions_are_cast = models.BooleanField(_("Abstentions count as votes cast"), default=False)
    casting_vote = models.BooleanField(_("The president’s vote decides a tie"), default=True)
    proxies_allowed = models.BooleanField(_("Proxies allowed"), default=True)
    max_proxies = models.PositiveSmallIntegerField(_("Proxies one member may hold"), default=1)

    class Meta:
        verbose_name = _("Voting rules")
        verbose_name_plural = _("Voting rules")

    def __str__(self):
        return str(_("Voting rules of the statutes"))

    def save(self, *args, **kwargs):
        self.pk = 1
        if Vote.objects.filter(deliberation__closed_at__isnull=True).exists():
            # An open deliberation's votes are counted under the rules in force on closing.
            stored = VotingRules.objects.filter(pk=1).values().first()
            mine = {f.attname: getattr(self, f.attname) for f in self._meta.concrete_fields}
            if stored is not None and stored != mine:
                raise ClosedError(RULES_FROZEN)
        super().save(*args, **kwargs)

    @classmethod
    def current(cls):
        return cls.objects.get_or_create(pk=1)[0]

    def as_rules(self):
        return voting.Rules(
            quorum=Fraction(self.quorum_numerator, self.quorum_denominator),
            represented_count_for_quorum=self.represented_count_for_quorum,
            majority=self.majority,
            abstentions_are_cast=self.abstentions_are_cast,
            casting_vote=self.casting_vote,
            proxies_allowed=self.proxies_allowed,
            max_proxies=self.max_proxies,
        )


class Role(models.TextChoices):
    PRESIDENT = "president", _("President")
    VICE_PRESIDENT = "vice_president", _("Vice-president")
    TREASURER = "treasurer", _("Treasurer")
    SECRETARY = "secretary", _("Secretary")
    MEMBER = "member", _("Board member")


# The titles as each member states them ("Présidente", "Trésorière"); English has one form.
FEMININE_TITLES = {
    Role.PRESIDENT: pgettext_lazy("feminine title", "President"),
    Role.VICE_PRESIDENT: pgettext_lazy("feminine title", "Vice-president"),
    Role.TREASURER: pgettext_lazy("feminine title", "Treasurer"),
    Role.SECRETARY: pgettext_lazy("feminine title", "Secretary"),
    Role.MEMBER: pgettext_lazy("feminine title", "Board member"),
}


class TitleForm(models.TextChoices):
    MASCULINE = "masculine", _("Masculine (Président, Trésorier)")
    FEMININE = "feminine", _("Feminine (Présidente, Trésorière)")


def role_title(role, title_form):
    """The title of `role` in the form the member stated, in the active language."""
    if title_form == TitleForm.FEMININE:
        return str(FEMININE_TITLES[role])
    return str(Role(role).label)


class BoardMemberQuerySet(models.QuerySet):
    def in_office(self, date):
        return self.filter(mandate_start__lte=date).filter(
            models.Q(mandate_end__isnull=True) | models.Q(mandate_end__gte=date)
        )


class BoardMember(models.Model):
    """A member of the board of directors, with their role and mandate."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="board_mandates",
    )
    first_name = models.CharField(_("First name"), max_length=80)
    last_name = models.CharField(_("Last name"), max_length=80)
    role = models.CharField(_("Role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    mandate_start = models.DateField(_("Mandate starts"))
    mandate_end = models.DateField(_("Mandate ends"), null=True, blank=True)
    title_form = models.CharField(
        _("Form of the title"),
        max_length=10,
        choices=TitleForm.choices,
        default=TitleForm.MASCULINE,
        help_text=_("As the member states it; the minutes print their title this way."),
    )

    objects = BoardMemberQuerySet.as_manager()

    class Meta:
        verbose_name = _("Board member")
        verbose_name_plural = _("Board members")
        ordering = ["last_name", "first_name"]

    def __str__(self):
        return f"{self.first_name} {self.last_name}"

    def clean(self):
        if self.mandate_end and self.mandate_start and self.mandate_end < self.mandate_start:
            raise ValidationError({"mandate_end": _("The mandate ends before it starts.")})

    def title(self):
        return role_title(self.role, self.title_form)

    def snapshot(self):
        """What the minutes print of this member, frozen in a closed record."""
        return {
            "id": self.pk,
            "name": str(self),
            "role": self.role,
            "title_form": self.title_form,
        }


# What the minutes print of a meeting (and the register's digest covers).
MEETING_RECORD_FIELDS = (
    "date",
    "place",
    "chair",
    "secretary",
    "opened_at",
    "ended_at",
    "previous_minutes",
)
MEETING_CLOSED = _(
    "A deliberation of this meeting is closed: what its minutes print (date, place, chair, "
    "secretary, times, minutes approved) can no longer change. Record a correction at a new "
    "meeting instead."
)
MEETING_DATE_FROZEN = _(
    "Attendance or votes are recorded for this meeting: its date, which says who is in office, "
    "can no longer change."
)


def refuse_meeting_change(stored, changed):
    if changed and meeting_is_locked(stored.pk):
        raise ClosedError(MEETING_CLOSED)
    if "date" in changed and stored.has_recorded_facts():
        raise ClosedError(MEETING_DATE_FROZEN)


class MeetingQuerySet(models.QuerySet):
    def update(self, **kwargs):
        changed = {name.removesuffix("_id") for name in kwargs} & set(MEETING_RECORD_FIELDS)
        if changed:
            for stored in self:
                refuse_meeting_change(stored, changed)
        return super().update(**kwargs)


class Meeting(models.Model):
    """A meeting (séance) of the board, with who attended."""

    date = models.DateField(_("Date"))
    place = models.CharField(_("Place"), max_length=160, blank=True)
    chair = models.ForeignKey(
        "BoardMember",
        verbose_name=_("Chair of the session"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    secretary = models.ForeignKey(
        "BoardMember",
        verbose_name=_("Secretary of the session"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    opened_at = models.TimeField(_("Opened at"), null=True, blank=True)
    ended_at = models.TimeField(_("Ended at"), null=True, blank=True)
    previous_minutes = models.ForeignKey(
        "self",
        verbose_name=_("Minutes approved at this meeting"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The previous meeting, whose minutes are the first item of the agenda."),
    )

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("Board meeting")
        verbose_name_plural = _("Board meetings")
        ordering = ["-date"]

    def __str__(self):
        return str(_("Meeting of %(date)s")) % {"date": self.date.strftime("%d/%m/%Y")}

    @transaction.atomic
    def save(self, *args, **kwargs):
        """Once one of its deliberations is closed, what the minutes print of the meeting is
        part of the record; once attendance or a vote is recorded, its date (which says who is
        in office, so what the tally counts) no longer moves. Locked first, as the register's
        order wants (the meeting before its attendance and deliberations)."""
        if self.pk:
            stored = Meeting.objects.select_for_update().filter(pk=self.pk).first()
            if stored is not None:
                refuse_meeting_change(stored, self.changed_record_fields(stored))
        super().save(*args, **kwargs)

    def changed_record_fields(self, stored):
        return {
            name
            for name in MEETING_RECORD_FIELDS
            if getattr(self, self._meta.get_field(name).attname)
            != getattr(stored, self._meta.get_field(name).attname)
        }

    def has_recorded_facts(self):
        """Attendance or a vote recorded: the tally already reads this meeting's date."""
        return (
            self.attendances.exists()
            or Vote.objects.filter(deliberation__meeting_id=self.pk).exists()
        )

    def frozen_fields(self):
        """The fields no longer offered: all that the minutes print once a deliberation is
        closed, the date once attendance or a vote is recorded."""
        if self.pk is None:
            return ()
        if self.has_closed_deliberation():
            return MEETING_RECORD_FIELDS
        if self.has_recorded_facts():
            return ("date",)
        return ()

    def attendance_map(self):
        """Each member in office on the meeting's date, with their attendance (absent when
        nothing was recorded)."""
        recorded = {a.member_id: a.status for a in self.attendances.all()}
        return {
            member.pk: recorded.get(member.pk, voting.ABSENT)
            for member in BoardMember.objects.in_office(self.date)
        }

    def has_closed_deliberation(self):
        return meeting_is_locked(self.pk)

    def president_id(self):
        president = BoardMember.objects.in_office(self.date).filter(role=Role.PRESIDENT).first()
        return president.pk if president else None


class ClosedError(ValidationError):
    """Raised on any change to a closed deliberation or its votes."""


class LockedQuerySet(models.QuerySet):
    """Bulk changes refuse to touch what belongs to a closed deliberation; `closed_lookup`
    says where the closing date is, `locked_message` what the refusal says."""

    closed_lookup = "closed_at__isnull"
    locked_message = _("A closed deliberation cannot change.")

    def _refuse_closed(self):
        if self.filter(**{self.closed_lookup: False}).exists():
            raise ClosedError(self.locked_message)

    def update(self, **kwargs):
        self._refuse_closed()
        return super().update(**kwargs)

    def delete(self):
        self._refuse_closed()
        return super().delete()


MEETING_LOCKED = _("A deliberation of this meeting is closed: its attendance can no longer change.")


def meeting_is_locked(meeting_id):
    """Once one of its deliberations is closed, a meeting's attendance is part of the record."""
    return Deliberation.objects.filter(meeting_id=meeting_id, closed_at__isnull=False).exists()


def refuse_if_meeting_locked(meeting_id):
    if meeting_is_locked(meeting_id):
        raise ClosedError(MEETING_LOCKED)


class AttendanceQuerySet(LockedQuerySet):
    closed_lookup = "meeting__deliberations__closed_at__isnull"
    locked_message = MEETING_LOCKED


class Attendance(models.Model):
    """Whether a member was present, represented (by whom), excused or absent."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    member = models.ForeignKey(BoardMember, verbose_name=_("Member"), on_delete=models.PROTECT)
    status = models.CharField(
        _("Attendance"),
        max_length=12,
        choices=ATTENDANCE_CHOICES,
        default=voting.PRESENT,
    )
    proxy_holder = models.ForeignKey(
        BoardMember,
        verbose_name=_("Represented by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="proxies_held",
    )

    objects = AttendanceQuerySet.as_manager()

    class Meta:
        verbose_name = _("Attendance")
        verbose_name_plural = _("Attendance")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="one_attendance_per_member")
        ]

    def __str__(self):
        return f"{self.member} — {self.get_status_display()}"

    def save(self, *args, **kwargs):
        refuse_if_meeting_locked(self.meeting_id)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        refuse_if_meeting_locked(self.meeting_id)
        return super().delete(*args, **kwargs)

    def clean(self):
        errors = {}
        meeting = self.meeting if self.meeting_id else None
        if meeting and meeting.has_closed_deliberation():
            raise ClosedError(MEETING_LOCKED)
        if (
            meeting
            and self.member_id
            and not BoardMember.objects.in_office(meeting.date).filter(pk=self.member_id).exists()
        ):
            errors["member"] = _("This member is not in office on the meeting’s date.")
        if self.status == voting.REPRESENTED:
            rules = VotingRules.current()
            if not rules.proxies_allowed:
                errors["status"] = _("The statutes do not allow proxies.")
            elif not self.proxy_holder_id or self.proxy_holder_id == self.member_id:
                errors["proxy_holder"] = _("Say which other member holds the proxy.")
            elif meeting:
                held = (
                    Attendance.objects.filter(
                        meeting=meeting, status=voting.REPRESENTED, proxy_holder=self.proxy_holder
                    )
                    .exclude(pk=self.pk)
                    .count()
                )
                if held >= rules.max_proxies:
                    errors["proxy_holder"] = _(
                        "This member already holds as many proxies as the statutes allow."
                    )
        elif self.proxy_holder_id:
            errors["proxy_holder"] = _("Only a represented member has a proxy holder.")
        if errors:
            raise ValidationError(errors)


# What is put to the vote: frozen once a vote is recorded (a correction is a new deliberation).
FROZEN_FIELDS = ("meeting", "project", "application", "question", "amount_proposed")
FROZEN_MESSAGE = _(
    "Votes are recorded on this deliberation: what was put to the vote (question, amount, "
    "project, application, meeting) can no longer change. Record a new deliberation instead."
)


class DeliberationQuerySet(LockedQuerySet):
    def update(self, **kwargs):
        frozen = {name.removesuffix("_id") for name in kwargs} & set(FROZEN_FIELDS)
        if frozen and self.filter(votes__isnull=False).exists():
            raise ClosedError(FROZEN_MESSAGE)
        return super().update(**kwargs)

    def _write_closing(self, **kwargs):
        """The one write a closing makes (from `Deliberation.close`)."""
        return models.QuerySet.update(self, **kwargs)


class Deliberation(models.Model):
    """A question put to the vote at a meeting: a project or an application, and an amount."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("Meeting"), on_delete=models.PROTECT, related_name="deliberations"
    )
    project = models.ForeignKey(
        ProjectPage,
        verbose_name=_("Project"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="deliberations",
    )
    application = models.ForeignKey(
        ProjectApplication,
        verbose_name=_("Application"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="deliberations",
    )
    question = models.TextField(_("Question put to the vote"))
    amount_proposed = models.DecimalField(
        _("Amount proposed (€)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    corrects = models.ForeignKey(
        "self",
        verbose_name=_("Corrects the deliberation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="corrections",
        help_text=_("A closed deliberation cannot change: a correction is a new one."),
    )
    # Written once, on closing.
    closed_at = models.DateTimeField(_("Closed at"), null=True, editable=False)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Closed by"),
        null=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
    )
    outcome = models.CharField(
        _("Outcome"), max_length=12, choices=OUTCOME_CHOICES, blank=True, editable=False
    )
    votes_for = models.PositiveSmallIntegerField(_("For"), default=0, editable=False)
    votes_against = models.PositiveSmallIntegerField(_("Against"), default=0, editable=False)
    abstentions = models.PositiveSmallIntegerField(_("Abstentions"), default=0, editable=False)
    # The chain of closed deliberations: each digest covers the record and the previous digest.
    sequence = models.PositiveIntegerField(_("Number in the register"), null=True, editable=False)
    digest = models.CharField(_("HMAC-SHA-256 digest"), max_length=64, blank=True, editable=False)
    # What the minutes print, as it was on closing: members' names, roles and titles, the rules.
    snapshot = models.JSONField(_("Snapshot on closing"), default=dict, editable=False)

    objects = DeliberationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Deliberation")
        verbose_name_plural = _("Deliberations")
        ordering = ["meeting__date", "pk"]
        permissions = [("close_deliberation", _("Can record votes and close a deliberation"))]
        constraints = [
            models.UniqueConstraint(fields=["sequence"], name="one_deliberation_per_sequence")
        ]

    def __str__(self):
        return self.question[:80]

    @transaction.atomic
    def save(self, *args, **kwargs):
        stored = None
        if self.pk:
            # Locked in the register's one order (meeting, attendance, deliberation, votes), so
            # that no vote is recorded between this check and the write, and no deadlock with a
            # closing or a votes screen.
            meeting_id = (
                Deliberation.objects.filter(pk=self.pk).values_list("meeting_id", flat=True).first()
            )
            if meeting_id is not None:
                stored = lock_register(meeting_id, self.pk).deliberation
                if stored.meeting_id != meeting_id:
                    raise ClosedError(_("This deliberation changed meanwhile: reload the screen."))
            if stored is not None and stored.is_closed:
                raise ClosedError(
                    _("This deliberation is closed: record a correcting one instead.")
                )
            if stored is not None and self.frozen_fields_changed(stored) and stored.has_votes():
                raise ClosedError(FROZEN_MESSAGE)
        super().save(*args, **kwargs)

    def frozen_fields_changed(self, stored):
        return any(
            getattr(self, field.attname) != getattr(stored, field.attname)
            for field in (self._meta.get_field(name) for name in FROZEN_FIELDS)
        )

    def has_votes(self):
        return self.pk is not None and Vote.objects.filter(deliberation_id=self.pk).exists()

    def delete(self, *args, **kwargs):
        if self.is_closed:
            raise ClosedError(_("This deliberation is closed: it cannot be deleted."))
        return super().delete(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.corrects_id:
            corrected = Deliberation.objects.filter(pk=self.corrects_id).first()
            if corrected is None or not corrected.is_closed:
                errors["corrects"] = _("Only a closed deliberation can be corrected.")
            elif self.pk and corrected.pk == self.pk:
                errors["corrects"] = _("A deliberation cannot correct itself.")
        if (
            self.application_id
            and self.project_id
            and self.application.project_id not in (None, self.project_id)
        ):
            errors["application"] = _("This application belongs to another project.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_closed(self):
        return self.closed_at is not None

    def tally(self):
        """The outcome as the statutes compute it from attendance and votes."""
        votes = {vote.member_id: vote.choice for vote in self.votes.all()}
        return voting.tally(
            VotingRules.current().as_rules(),
            self.meeting.attendance_map(),
            votes,
            self.meeting.president_id(),
        )

    @transaction.atomic
    def close(self, user, at=None):
        """Lock the deliberation with its computed outcome and its place in the chain; update
        the project and the application. `at` is the closing time (now, unless the record of
        a past meeting is being entered).

        Everything is read once, under the locks of `lock_register` (the rules, the meeting,
        its attendance, the deliberation and its votes, in that order): the outcome, the
        stored counts, the snapshot the minutes print and the digest all come from that read."""
        locks = lock_register(self.meeting_id, self.pk, rules=True)
        locked = locks.deliberation
        if locked.is_closed:
            raise ClosedError(_("This deliberation is already closed."))
        if locked.meeting_id != locks.meeting.pk:
            raise ClosedError(_("This deliberation changed meanwhile: reload the screen."))
        rules = locks.rules.as_rules()
        members = list(BoardMember.objects.in_office(locks.meeting.date))
        president = next((m.pk for m in members if m.role == Role.PRESIDENT), None)
        statuses = {a.member_id: a.status for a in locks.attendances}
        result = voting.tally(
            rules,
            {m.pk: statuses.get(m.pk, voting.ABSENT) for m in members},
            {v.member_id: v.choice for v in locks.votes},
            president,
        )
        previous = Deliberation.objects.filter(sequence__isnull=False).order_by("-sequence").first()
        locked.meeting = locks.meeting
        locked.closed_at = at or timezone.now()
        locked.closed_by = user
        locked.outcome = result.outcome
        locked.votes_for = result.votes_for
        locked.votes_against = result.votes_against
        locked.abstentions = result.abstentions
        locked.sequence = previous.sequence + 1 if previous else 1
        locked.snapshot = {
            "rules": ledger.rules_snapshot(rules),
            "members": [member.snapshot() for member in members],
            "president": president,
            "session": ledger.session(locks.meeting),
        }
        votes, attendance = ledger.facts(locks.votes, locks.attendances)
        locked.digest = ledger.digest(
            previous.digest if previous else "", locked, votes, attendance
        )
        Deliberation.objects.filter(pk=self.pk)._write_closing(
            **{name: getattr(locked, name) for name in ledger.CLOSING_FIELDS}
        )
        self.refresh_from_db()
        if result.outcome != voting.NO_QUORUM:
            apply_decision(self)
        if self.application_id:
            from ..notices import send_decision_after_commit

            send_decision_after_commit(self)
        return result


def apply_decision(deliberation):
    """Write a decision on its project's row and its application (closing, and again when a
    volunteer publishes an older draft of the project page)."""
    adopted = deliberation.outcome == voting.ADOPTED
    if deliberation.project_id:
        # Written on the page's row, not through a new revision: publishing one would also
        # publish whatever draft a volunteer has in progress on the page.
        decided = ProjectPage.objects.filter(pk=deliberation.project_id)
        if adopted:
            # A project already marked completed stays so.
            decided.exclude(status=ProjectStatus.COMPLETED).update(status=ProjectStatus.APPROVED)
            decided.update(amount_granted=deliberation.amount_proposed)
        else:
            decided.update(status=ProjectStatus.REJECTED, amount_granted=None)
    if deliberation.application_id:
        ProjectApplication.objects.filter(pk=deliberation.application_id).update(
            status=ApplicationStatus.DECIDED
        )
    # The project page shows the decision line, its status and amount.
    pagecache.invalidate()


class VoteQuerySet(LockedQuerySet):
    closed_lookup = "deliberation__closed_at__isnull"


class Vote(models.Model):
    """One member's vote on one deliberation (recorded by the secretary)."""

    deliberation = models.ForeignKey(Deliberation, on_delete=models.CASCADE, related_name="votes")
    member = models.ForeignKey(BoardMember, verbose_name=_("Member"), on_delete=models.PROTECT)
    choice = models.CharField(
        _("Vote"),
        max_length=16,
        choices=VOTE_CHOICES,
    )

    objects = VoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("Vote")
        verbose_name_plural = _("Votes")
        constraints = [
            models.UniqueConstraint(
                fields=["deliberation", "member"], name="one_vote_per_member_and_deliberation"
            )
        ]

    def __str__(self):
        return f"{self.member}: {self.get_choice_display()}"

    def save(self, *args, **kwargs):
        if Deliberation.objects.filter(pk=self.deliberation_id, closed_at__isnull=False).exists():
            raise ClosedError(_("This deliberation is closed."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.deliberation.is_closed:
            raise ClosedError(_("This deliberation is closed."))
        return super().delete(*args, **kwargs)

    def clean(self):
        if not self.deliberation_id or not self.member_id:
            return
        if self.deliberation.is_closed:
            raise ClosedError(_("This deliberation is closed."))
        status = self.deliberation.meeting.attendance_map().get(self.member_id)
        if status is None:
            raise ValidationError({"member": _("This member is not in office at this meeting.")})
        if self.choice != voting.NOT_TAKING_PART and status not in (
            voting.PRESENT,
            voting.REPRESENTED,
        ):
            raise ValidationError(
                {"member": _("This member was neither present nor represented at the meeting.")}
            )


def keep_decision_on_publish(sender, instance, **kwargs):
    """Publishing a revision of a project page (an older draft, say) must not undo the board's
    decision: its status and granted amount are written again from the last one."""
    decision = instance.decision()
    if decision is not None:
        apply_decision(decision)


@dataclass
class Locks:
    rules: object
    meeting: Meeting
    attendances: list
    deliberation: object
    votes: list


def lock_register(meeting_id, deliberation_id=None, rules=False):
    """Take the register's locks in the one order every writer uses, so that no two can wait
    for each other: the rules' row (a closing: the chain's lock), the meeting, its attendance
    rows, the deliberation, its votes. A writer takes only the ones it needs, always in this
    order. Must run inside a transaction."""
    locked_rules = None
    if rules:
        VotingRules.objects.get_or_create(pk=1)
        locked_rules = VotingRules.objects.select_for_update().get(pk=1)
    meeting = Meeting.objects.select_for_update().get(pk=meeting_id)
    attendances = list(
        Attendance.objects.select_for_update().filter(meeting_id=meeting_id).order_by("pk")
    )
    deliberation, votes = None, []
    if deliberation_id is not None:
        deliberation = Deliberation.objects.select_for_update().get(pk=deliberation_id)
        votes = list(
            Vote.objects.select_for_update().filter(deliberation_id=deliberation_id).order_by("pk")
        )
    return Locks(locked_rules, meeting, attendances, deliberation, votes)


class RegisterNote(models.Model):
    """An entry in the register that is not a deliberation: when and why the register itself
    was changed (re-chained under a new key, say), with its head at that moment."""

    at = models.DateTimeField(_("Date"), default=timezone.now)
    text = models.TextField(_("What and why"))
    head_sequence = models.PositiveIntegerField(_("Head of the register: number"), null=True)
    head_digest = models.CharField(_("Head of the register: digest"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("Register note")
        verbose_name_plural = _("Register notes")
        ordering = ["at"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} — {self.text[:60]}"
