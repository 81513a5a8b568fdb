from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """Dated news posts (Actualités): what the association did and what is coming. Depends on
    partners, events and projects; none of them, nor the core, imports it (hooks only)."""

    name = "news"
    verbose_name = _("News")
