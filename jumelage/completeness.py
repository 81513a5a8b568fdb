"""Which texts are missing or out of date in one language: the translation completeness that
volunteers see on their dashboard, in a report, and on the page listing.

Each time a page's draft is saved, or a tracked snippet (a partner...), the text of each language
is fingerprinted. A language whose fingerprint changed gets a new date; a language is *out of
date* when another one changed after it (the French was edited after the English was written),
*incomplete* when a field written in another language is empty in it, and *missing* when even its
title is empty (the page is then shown in French at its English address). The state is kept in
`TranslationState`, one row per object and language, so that the report, the dashboard and the
page listing read it without opening any page."""

import hashlib
import json
import re

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamValue
from wagtail.models import Page
from wagtail.rich_text import RichText

from .i18n import is_filled, language_codes

# Page fields that follow from others (the address) rather than being written by an editor.
DERIVED_FIELDS = {"slug", "url_path"}
# The field without which an object does not exist in a language (its name in listings).
MAIN_FIELDS = ("title", "name")

_tracked_models = []


def track(model):
    """Follow the translations of a model that is not a page (a snippet): its state is
    recorded when it is saved. Pages are all followed through `BasePage.save_revision`."""
    if model not in _tracked_models:
        _tracked_models.append(model)
        post_save.connect(_saved, sender=model, dispatch_uid=f"completeness-{model._meta.label}")
        post_delete.connect(
            _deleted, sender=model, dispatch_uid=f"completeness-del-{model._meta.label}"
        )
    return model


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:
        record(instance)


def _deleted(sender, instance, **kwargs):
    forget(instance)


@receiver(post_delete)
def _page_deleted(sender, instance, **kwargs):
    # Sent for the generic page and for its specific type: either one clears the states.
    if isinstance(instance, Page) and type(instance) is Page:
        forget(instance)


def tracked_models():
    return list(_tracked_models)


def translated_fields(model):
    """The translated fields an editor writes, in the model's order."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    names = [name for name in options.all_fields if name not in DERIVED_FIELDS]
    order = {field.name: index for index, field in enumerate(model._meta.get_fields())}
    return sorted(names, key=lambda name: order.get(name, len(order)))


# What the rich text editor changes when it saves again a text it did not write: the tags it
# prefers (`<strong>` is saved as `<b>`), the keys of its blocks (`data-block-key`), spaces
# between tags and self-closing slashes. None of them is a change a translator must follow.
_RICH_TEXT_SYNONYMS = [
    (re.compile(r"<(/?)strong\b"), r"<\1b"),
    (re.compile(r"<(/?)em\b"), r"<\1i"),
    (re.compile(r'\s+data-block-key="[^"]*"'), ""),
    (re.compile(r"\s*/>"), ">"),
    (re.compile(r">\s+<"), "><"),
    (re.compile(r"\s+"), " "),
]


def normalise_html(html):
    """Rich text as written, whatever editor or script serialised it."""
    html = html.strip()
    for pattern, replacement in _RICH_TEXT_SYNONYMS:
        html = pattern.sub(replacement, html)
    return html


def _normalise_stream(data):
    """A StreamField's raw data without the blocks' ids, its strings normalised as rich text."""
    if isinstance(data, dict):
        return {key: _normalise_stream(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [_normalise_stream(item) for item in data]
    if isinstance(data, str):
        return normalise_html(data)
    return data


def _plain(value):
    """A stable text for a field's value, to fingerprint it: what a reader sees, not how the
    editor serialised it (a first save in the admin of a page loaded by a script re-writes
    every rich text of both languages; that is no edit)."""
    if isinstance(value, StreamValue):
        data = _normalise_stream(value.get_prep_value())
        return json.dumps(data, sort_keys=True, default=str)
    if isinstance(value, RichText):
        return normalise_html(value.source)
    if isinstance(value, str):
        return normalise_html(value)
    return "" if value is None else str(value)


def _field_label(model, name):
    return str(model._meta.get_field(name).verbose_name)


def texts(obj):
    """{field key: {language: value}} for every translated field of `obj` and of its inline
    children (an event's editions, a twin city's milestones), in the order an editor sees them."""
    result = {}
    model = type(obj)
    for name in translated_fields(model):
        result[name] = {
            code: getattr(obj, build_localized_fieldname(name, code), None)
            for code in language_codes()
        }
    for relation in get_all_child_relations(obj):
        child_fields = translated_fields(relation.related_model)
        if not child_fields:
            continue
        for position, child in enumerate(getattr(obj, relation.get_accessor_name()).all(), 1):
            for name in child_fields:
                key = f"{relation.get_accessor_name()}.{position}.{name}"
                result[key] = {
                    code: getattr(child, build_localized_fieldname(name, code), None)
                    for code in language_codes()
                }
    return result


def describe_field(model, key):
    """The label an editor knows a field key by: “Introduction”, “Éditions 2 : Note”."""
    model = model if isinstance(model, type) else type(model)
    if "." not in key:
        return _field_label(model, key)
    accessor, position, name = key.split(".")
    related = model._meta.get_field(accessor).related_model
    return f"{related._meta.verbose_name_plural} {position} : {_field_label(related, name)}"


def assess(obj):
    """{language: (fingerprint, missing field keys, main field missing)} for `obj`."""
    fields = texts(obj)
    main = next((name for name in MAIN_FIELDS if name in fields), None)
    result = {}
    for code in language_codes():
        digest = hashlib.sha256()
        missing = []
        for key, values in fields.items():
            digest.update(f"{key}\0{_plain(values[code])}\0".encode())
            written_elsewhere = any(is_filled(v) for c, v in values.items() if c != code)
            if written_elsewhere and not is_filled(values[code]):
                missing.append(key)
        main_missing = main is not None and not is_filled(fields[main][code])
        result[code] = (digest.hexdigest(), missing, main_missing)
    return result


def content_type_of(obj):
    if isinstance(obj, Page):
        # A page's own type (an event), not the generic page a queryset may have given.
        return ContentType.objects.get_for_id(obj.content_type_id)
    return ContentType.objects.get_for_model(obj)


def label_of(obj):
    for name in MAIN_FIELDS:
        for code in language_codes():
            value = getattr(obj, build_localized_fieldname(name, code), None)
            if is_filled(value):
                return str(value)[:255]
    return str(obj)[:255]


def record(obj, when=None):
    """Store the state of each language of `obj` after a save; `when` (now) dates the
    languages whose text changed.

    A change made while a language was behind (missing, incomplete or out of date) catches it
    up; a change made while it was up to date is an *edit* that the other languages must
    follow. So writing the English of a French page does not put the French out of date,
    while editing the French afterwards puts the English out of date. An object seen for the
    first time has no history: every language is dated alike."""
    from .models import TranslationState

    when = when or timezone.now()
    content_type = content_type_of(obj)
    assessed = assess(obj)
    label = label_of(obj)
    with transaction.atomic():
        states = {
            state.language: state
            for state in TranslationState.objects.select_for_update().filter(
                content_type=content_type, object_id=obj.pk
            )
        }
        for code, (digest, missing, main_missing) in assessed.items():
            state = states.get(code)
            if state is None:
                state = TranslationState(
                    content_type=content_type,
                    object_id=obj.pk,
                    language=code,
                    digest=digest,
                    changed_at=when,
                    edited_at=when,
                )
            elif state.digest != digest:
                if state.status == state.Status.UP_TO_DATE:
                    state.edited_at = when
                state.digest = digest
                state.changed_at = when
            state.label = label
            state.missing_fields = missing
            state.main_missing = main_missing
            states[code] = state
        update_statuses(states.values())
        for state in states.values():
            state.save()
    return states


def update_statuses(states):
    """Each language's status from its own gaps and from the others' edits."""
    states = list(states)
    for state in states:
        edits = [s.edited_at for s in states if s is not state]
        if state.main_missing:
            state.status = state.Status.MISSING
        elif state.missing_fields:
            state.status = state.Status.INCOMPLETE
        elif any(edit > state.changed_at for edit in edits):
            state.status = state.Status.OUTDATED
        else:
            state.status = state.Status.UP_TO_DATE


def mark_up_to_date(state, when=None):
    """The editor checked this language against the other one after a change that needed no
    translation (a typo fixed in French): it counts as caught up."""
    from .models import TranslationState

    with transaction.atomic():
        states = list(
            TranslationState.objects.select_for_update().filter(
                content_type_id=state.content_type_id, object_id=state.object_id
            )
        )
        for other in states:
            if other.pk == state.pk:
                other.changed_at = when or timezone.now()
        update_statuses(states)
        for other in states:
            other.save(update_fields=["changed_at", "status"])


def forget(obj):
    from .models import TranslationState

    TranslationState.objects.filter(content_type=content_type_of(obj), object_id=obj.pk).delete()


def current_version(page):
    """What the editors are working on: the latest draft if there is one, else the page."""
    if page.has_unpublished_changes and page.latest_revision_id:
        return page.get_latest_revision_as_object()
    return page


def record_baseline(page):
    """Before a page's draft is saved: if the page has no state yet, record the one of its
    current version in the database (its latest draft, else the page), dated when it was last
    changed, so that this save is compared with it."""
    from .models import TranslationState

    if page.pk is None:
        return
    content_type = content_type_of(page)
    if TranslationState.objects.filter(content_type=content_type, object_id=page.pk).exists():
        return
    stored = type(page).objects.filter(pk=page.pk).first()
    if stored is None or stored.latest_revision_id is None:
        return  # a page never saved before has no earlier text to compare with
    stored = current_version(stored)
    when = stored.latest_revision_created_at or stored.last_published_at or timezone.now()
    record(stored, when=min(when, timezone.now()))


def record_unseen():
    """Give a baseline state to every page and tracked object that has none yet (content
    loaded by a script, or created before the states were kept). Returns how many.

    The dashboard calls it on every visit: when nothing is new, it costs one query per
    followed model, whatever the size of the site."""
    from .models import TranslationState

    def unseen(queryset, content_type):
        return queryset.exclude(
            Exists(
                TranslationState.objects.filter(content_type=content_type, object_id=OuterRef("pk"))
            )
        )

    new_pages = Page.objects.filter(depth__gt=1).exclude(
        Exists(
            TranslationState.objects.filter(
                content_type=OuterRef("content_type"), object_id=OuterRef("pk")
            )
        )
    )
    objects = [current_version(page) for page in new_pages.specific()]
    for model in tracked_models():
        objects += unseen(model.objects.all(), ContentType.objects.get_for_model(model))
    for obj in objects:
        record(obj)
    return len(objects)
