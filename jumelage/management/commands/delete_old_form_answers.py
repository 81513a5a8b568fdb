"""`manage.py delete_old_form_answers`: what the privacy page promises, answers to the public
forms deleted at the latest a year after they were sent. Run it every day (cron, timer)."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from jumelage.models import FormPage

KEEP_DAYS = 365


class Command(BaseCommand):
    help = "Deletes the answers to the public form pages older than --days (365 by default)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=KEEP_DAYS, help="Days answers are kept.")

    def handle(self, *args, **options):
        cutoff = timezone.now() - timedelta(days=options["days"])
        old = FormSubmission.objects.filter(
            submit_time__lt=cutoff, page__in=FormPage.objects.values("pk")
        )
        count, _details = old.delete()
        self.stdout.write(f"{count} answer(s) older than {options['days']} days deleted.")
