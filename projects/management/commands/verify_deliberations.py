"""Check the register of closed deliberations: every digest and the chain between them."""

from django.core.management.base import BaseCommand, CommandError
from django.db.models import F

from projects.ledger import verify_chain
from projects.models import Deliberation

REASONS = {
    "digest": "its content does not match its digest",
    "sequence": "it is out of place in the register (a record is missing, added or moved)",
}


class Command(BaseCommand):
    help = "Verify the SHA-256 chain of closed deliberations; name the first that does not match."

    def handle(self, *args, **options):
        closed = (
            Deliberation.objects.filter(closed_at__isnull=False)
            .select_related("meeting")
            .prefetch_related("votes", "meeting__attendances")
            .order_by(F("sequence").asc(nulls_last=True), "pk")
        )
        broken = verify_chain(closed.iterator(chunk_size=500))
        if broken:
            d = broken.deliberation
            raise CommandError(
                f"Deliberation #{d.pk} (number {d.sequence} in the register, meeting of "
                f"{d.meeting.date:%d/%m/%Y}, “{d.question[:60]}”) does not match: "
                f"{REASONS[broken.reason]}."
            )
        self.stdout.write(f"{closed.count()} closed deliberations: the chain is intact.")
