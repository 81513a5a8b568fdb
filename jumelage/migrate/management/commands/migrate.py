"""`migrate` that never stops at a question, and fills the French columns Wagtail left empty.

wagtail-modeltranslation's `migrate` adds the `_fr`/`_en` columns of `wagtailcore_page` after
the migrations, asking for a confirmation first unless `--noinput` is given: a newcomer's
`manage.py migrate`, a deployment script or CI would hang there (or fail on a closed stdin).
The columns are always wanted, so this command never asks. Then it copies the untranslated
values into the French columns of pages created by migrations (the root and Wagtail's first
page) and recomputes their URL paths, which wagtail-modeltranslation leaves NULL."""

import contextlib
import io

from django.db.models import F, Q
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page
from wagtail_modeltranslation.management.commands.migrate_translation import (
    Command as TranslationMigrateCommand,
)
from wagtail_modeltranslation.management.commands.set_translation_url_paths import (
    Command as SetTranslationUrlPathsCommand,
)

from jumelage.i18n import DEFAULT_LANGUAGE

FILLED_FIELDS = ("title", "slug")


class Command(TranslationMigrateCommand):
    def handle(self, *args, **options):
        options["interactive"] = False
        # The column sync reports with print(): keep it quiet when asked to (-v 0).
        quiet = options["verbosity"] < 1
        with contextlib.redirect_stdout(io.StringIO()) if quiet else contextlib.nullcontext():
            super().handle(*args, **options)
        self.fill_default_language_columns()

    def fill_default_language_columns(self):
        updates = {}
        missing = Q()
        for name in FILLED_FIELDS:
            localized = build_localized_fieldname(name, DEFAULT_LANGUAGE)
            updates[localized] = F(name)
            missing |= Q(**{f"{localized}__isnull": True}) | Q(**{localized: ""})
        # rewrite(False): the names are the real columns, not the active language's.
        pages = Page.objects.rewrite(False).filter(missing)
        if pages.exists():
            pages.update(**updates)
            SetTranslationUrlPathsCommand().handle()
