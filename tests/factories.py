"""Factories for the tests' own pages, beside the demo site."""

import factory
import wagtail_factories
from django.utils import translation

from jumelage.models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    """A French-only standard page unless English fields are given."""

    title = factory.Sequence(lambda n: f"Page d’essai {n}")
    slug = factory.Sequence(lambda n: f"page-essai-{n}")
    intro_fr = "Une page écrite en français seulement."

    class Meta:
        model = StandardPage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # `title` and `slug` are written to the active language's columns: make it French.
        with translation.override("fr"):
            return super()._create(model_class, *args, **kwargs)
