"""Check the register of closed deliberations: every keyed digest, the chain between them, each
record's outcome and counts re-tallied from its stored facts under its stored rules, and, with
`--head NUMBER:DIGEST` (as printed on signed minutes), that the register still reaches that
record unchanged."""

from django.core.management.base import BaseCommand, CommandError
from django.db.models import F

from projects.ledger import verify_chain
from projects.models import Deliberation

REASONS = {
    "digest": "its content does not match its digest (changed, or digests recomputed without "
    "the register's key)",
    "sequence": "it is out of place in the register (a record is missing, added or moved)",
    "tally": "its stored outcome or counts disagree with its votes and attendance counted "
    "under its stored rules",
    "snapshot": "its stored snapshot (members, rules) cannot be read",
    "head": "its digest is not the one printed as the head of the register",
    "missing": "the register ends before the head printed on the minutes (records deleted)",
}


def parse_head(value):
    number, _sep, digest = value.partition(":")
    if not number.isdigit() or len(digest) != 64:
        raise CommandError("--head takes NUMBER:DIGEST, as printed on the minutes.")
    return int(number), digest.lower()


class Command(BaseCommand):
    help = (
        "Verify the HMAC-SHA-256 chain of closed deliberations and re-tally each; name the "
        "first that does not match."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--head",
            help="NUMBER:DIGEST, the head of the register printed on the last signed minutes.",
        )

    def handle(self, *args, head=None, **options):
        head = parse_head(head) if head else None
        closed = (
            Deliberation.objects.filter(closed_at__isnull=False)
            .select_related("meeting")
            .prefetch_related("votes", "meeting__attendances")
            .order_by(F("sequence").asc(nulls_last=True), "pk")
        )
        broken = verify_chain(closed.iterator(chunk_size=500), head=head)
        if broken and broken.deliberation is None:
            raise CommandError(f"The register is empty: {REASONS[broken.reason]}.")
        if broken:
            d = broken.deliberation
            raise CommandError(
                f"Deliberation #{d.pk} (number {d.sequence} in the register, meeting of "
                f"{d.meeting.date:%d/%m/%Y}, “{d.question[:60]}”) does not match: "
                f"{REASONS[broken.reason]}."
            )
        self.stdout.write(f"{closed.count()} closed deliberations: the chain is intact.")
