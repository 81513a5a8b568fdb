from django.apps import AppConfig


class MigrateConfig(AppConfig):
    """Holds only the `migrate` command, listed before wagtail_modeltranslation.migrate so that
    its version wins (the first app in INSTALLED_APPS providing a command is the one used)."""

    name = "jumelage.migrate"
    label = "jumelage_migrate"
