"""Re-chain the closed deliberations once under the register's key (HMAC-SHA-256), each with a
snapshot of what its minutes print, and say so in the register (issue 14).

The snapshot of a record closed before this migration can only be taken now: the members in
office on its meeting's date as they are named today, and the rules in force today. The note
says so."""

from fractions import Fraction

from django.db import migrations
from django.db.models import Q
from django.utils import timezone

from projects import ledger

NOTE = (
    "Registre re-chaîné sous clé (HMAC-SHA-256, clé REGISTER_KEY hors de la base) par la "
    "migration projects 0009 : {count} délibérations closes. Pour celles-ci, l’instantané "
    "(membres en fonction, titres, règles de vote) a été pris lors de cette migration et non "
    "à leur clôture. / Register re-chained under a key by migration projects 0009: {count} "
    "closed deliberations; their snapshots were taken by this migration, not on closing."
)


def rechain(apps, schema_editor):
    Deliberation = apps.get_model("projects", "Deliberation")
    BoardMember = apps.get_model("projects", "BoardMember")
    VotingRules = apps.get_model("projects", "VotingRules")
    RegisterNote = apps.get_model("projects", "RegisterNote")
    rules = VotingRules.objects.filter(pk=1).first()
    stored_rules = {
        "quorum": [1, 2],
        "represented_count_for_quorum": True,
        "majority": "simple",
        "abstentions_are_cast": False,
        "casting_vote": True,
        "proxies_allowed": True,
        "max_proxies": 1,
    }
    if rules is not None:
        quorum = Fraction(rules.quorum_numerator, rules.quorum_denominator)
        stored_rules.update(
            quorum=[quorum.numerator, quorum.denominator],
            represented_count_for_quorum=rules.represented_count_for_quorum,
            majority=rules.majority,
            abstentions_are_cast=rules.abstentions_are_cast,
            casting_vote=rules.casting_vote,
            proxies_allowed=rules.proxies_allowed,
            max_proxies=rules.max_proxies,
        )
    previous, count, last = "", 0, None
    closed = (
        Deliberation.objects.filter(closed_at__isnull=False)
        .select_related("meeting")
        .order_by("sequence", "pk")
    )
    for deliberation in closed:
        date = deliberation.meeting.date
        members = (
            BoardMember.objects.filter(mandate_start__lte=date)
            .filter(Q(mandate_end__isnull=True) | Q(mandate_end__gte=date))
            .order_by("last_name", "first_name")
        )
        deliberation.snapshot = {
            "rules": stored_rules,
            "members": [
                {
                    "id": m.pk,
                    "name": f"{m.first_name} {m.last_name}",
                    "role": m.role,
                    "title_form": m.title_form,
                }
                for m in members
            ],
            "president": next((m.pk for m in members if m.role == "president"), None),
        }
        votes, attendance = ledger.facts(
            deliberation.votes.all(), deliberation.meeting.attendances.all()
        )
        deliberation.digest = ledger.digest(previous, deliberation, votes, attendance)
        Deliberation.objects.filter(pk=deliberation.pk).update(
            snapshot=deliberation.snapshot, digest=deliberation.digest
        )
        previous, count, last = deliberation.digest, count + 1, deliberation
    if count:
        RegisterNote.objects.create(
            at=timezone.now(),
            text=NOTE.format(count=count),
            head_sequence=last.sequence,
            head_digest=last.digest,
        )


class Migration(migrations.Migration):
    dependencies = [("projects", "0008_register_key_snapshot_minutes")]

    operations = [migrations.RunPython(rechain, migrations.RunPython.noop)]
