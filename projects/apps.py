from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    """Funded exchange projects, applications, and the board's deliberations and votes."""

    name = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from wagtail.signals import page_published

        from .models import ProjectPage
        from .models.board import keep_decision_on_publish

        page_published.connect(keep_decision_on_publish, sender=ProjectPage)
