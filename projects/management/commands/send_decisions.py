"""Send the board's decisions whose e-mail has not gone yet (run by the periodic job)."""

from django.core.management.base import BaseCommand

from projects.notices import pending_decisions, send_decision


class Command(BaseCommand):
    help = "E-mail applicants the board's decisions not yet sent (retries failed sends)."

    def handle(self, *args, **options):
        pending = list(pending_decisions().values_list("pk", flat=True))
        sent = sum(send_decision(pk) for pk in pending)
        self.stdout.write(f"{sent} of {len(pending)} pending decisions sent.")
