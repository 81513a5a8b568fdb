from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    """Funded exchange projects, applications, and the board's deliberations and votes."""

    name = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from wagtail.signals import page_published

        from jumelage.pagecache import invalidate_on_change

        from .models import ProjectPage
        from .models.board import Deliberation, keep_decision_on_publish

        page_published.connect(keep_decision_on_publish, sender=ProjectPage)
        # A closing writes through a queryset update (no signal): apply_decision says it.
        invalidate_on_change(Deliberation)
