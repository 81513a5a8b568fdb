"""Redirects from a page's old URLs, in every language, when its slug changes or it moves.

Wagtail creates them only for the language active during the change, and wagtail-modeltranslation
changes each language's `url_path_xx` separately, so an English slug change left the old English
URL answering 404. Here every save of a live page compares each language's URL path before and
after, and once the transaction is committed (descendants updated too) the redirects are made with
Wagtail's own `create_redirects`, with that language active."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.redirects.signal_handlers import create_redirects
from wagtail.models import Page, Site

from .i18n import language_codes


def _url_path_fields():
    return [build_localized_fieldname("url_path", code) for code in language_codes()]


@receiver(pre_save)
def remember_url_paths(sender, instance, update_fields=None, **kwargs):
    if not isinstance(instance, Page) or instance.pk is None:
        return
    fields = _url_path_fields()
    if update_fields is not None and not set(fields) & set(update_fields):
        return
    instance._url_paths_before = (
        Page.objects.filter(pk=instance.pk, live=True).values(*fields).first()
    )


@receiver(post_save)
def redirect_changed_url_paths(sender, instance, created=False, **kwargs):
    before = getattr(instance, "_url_paths_before", None)
    if created or not before:
        return
    del instance._url_paths_before
    changed = {
        code: before[field]
        for code, field in zip(language_codes(), _url_path_fields(), strict=True)
        if before[field] and before[field] != getattr(instance, field)
    }
    if changed:
        transaction.on_commit(partial(create_language_redirects, instance.pk, changed))


def create_language_redirects(page_id, old_url_paths):
    """Redirect each language's old URL (and its descendants') to where the page is now."""
    page = Page.objects.filter(pk=page_id).specific().first()
    if page is None or not page.live:
        return
    for code, old_url_path in old_url_paths.items():
        with translation.override(code):
            page_old = type(page)()
            page_old.__dict__.update(page.__dict__)
            page_old.url_path = old_url_path
            sites = Site.objects.exclude(root_page=page)
            create_redirects(page=page, page_old=page_old, sites=sites)
