"""The volunteers' translation screens in the Wagtail admin: the completeness report (and its
CSV), the dashboard panel, the page listing's marker, and “mark as up to date”."""

import datetime

import django_filters
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Max, OuterRef, Subquery, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import ListingButton
from wagtail.models import Page

from . import completeness
from .exports import csv_response
from .models import TranslationState

Status = TranslationState.Status
TO_DO = [Status.MISSING, Status.INCOMPLETE, Status.OUTDATED]
# The report lists the most urgent first: a page that has no English at all before one whose
# English lags behind.
URGENCY = Case(
    When(status=Status.MISSING, then=Value(0)),
    When(status=Status.INCOMPLETE, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def tracked_content_types():
    return ContentType.objects.filter(
        pk__in=TranslationState.objects.values("content_type").distinct()
    ).order_by("model")


def to_do():
    """The languages that need a translator's attention, most urgent first, each with the
    date the other language was last edited."""
    others = (
        TranslationState.objects.filter(
            content_type=OuterRef("content_type"), object_id=OuterRef("object_id")
        )
        .exclude(language=OuterRef("language"))
        .values("object_id")
        .annotate(latest=Max("edited_at"))
        .values("latest")
    )
    return (
        TranslationState.objects.filter(status__in=TO_DO)
        .select_related("content_type")
        .annotate(urgency=URGENCY, other_edited_at=Subquery(others[:1]))
        .order_by("urgency", "label", "language")
    )


def edit_url(state):
    """Where an editor fixes the translation: the page editor, or the snippet's."""
    model = state.content_type.model_class()
    if model is None:
        return ""
    if issubclass(model, Page):
        return reverse("wagtailadmin_pages:edit", args=[state.object_id])
    viewset = getattr(model, "snippet_viewset", None)
    try:
        return reverse(viewset.get_url_name("edit"), args=[state.object_id]) if viewset else ""
    except NoReverseMatch:
        return ""


def missing_labels(state):
    """The empty fields by the names the editor sees in the form."""
    model = state.content_type.model_class()
    labels = []
    for key in state.missing_fields:
        try:
            labels.append(completeness.describe_field(model, key))
        except LookupError:  # a field removed since
            labels.append(key)
    return labels


def decorate(states):
    for state in states:
        state.edit_url = edit_url(state)
        state.missing_labels = missing_labels(state)
        model = state.content_type.model_class()
        state.type_label = model._meta.verbose_name if model else state.content_type.model
    return states


class TranslationFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=TranslationState._meta.get_field("language").choices
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=[(s.value, s.label) for s in TO_DO]
    )
    content_type = django_filters.ModelChoiceFilter(
        label=_("Type"), queryset=lambda request: tracked_content_types()
    )

    class Meta:
        model = TranslationState
        fields = ["language", "status", "content_type"]


class TranslationReportView(ReportView):
    """Every page, event, twin city, partner and project whose text is missing, incomplete
    or older than the other language's, with a link to fix it."""

    page_title = _("Translations to do")
    header_icon = "globe"
    index_url_name = "jumelage_translation_report"
    index_results_url_name = "jumelage_translation_report_results"
    results_template_name = "jumelage/admin/translation_report_results.html"
    filterset_class = TranslationFilterSet
    list_export = ["label", "type", "language", "status", "fields", "changed_at", "other", "url"]
    export_headings = {
        "label": _("Title"),
        "type": _("Type"),
        "language": _("Language"),
        "status": _("Status"),
        "fields": _("Empty fields"),
        "changed_at": _("Changed"),
        "other": _("Other language edited"),
        "url": _("Edit at"),
    }

    def get_queryset(self):
        completeness.record_unseen()
        return to_do()

    def decorate_paginated_queryset(self, object_list):
        return decorate(object_list)

    def get_filename(self):
        return f"traductions-{datetime.date.today():%Y-%m-%d}"

    def to_row_dict(self, state):
        return {
            "label": state.label,
            "type": state.type_label,
            "language": state.get_language_display(),
            "status": state.get_status_display(),
            "fields": ", ".join(state.missing_labels),
            "changed_at": _format(state.changed_at),
            "other": _format(state.other_edited_at),
            "url": self.request.build_absolute_uri(state.edit_url) if state.edit_url else "",
        }

    def write_csv_response(self, queryset):
        """The house CSV (byte order mark, no formulas), like the board's exports."""
        rows = decorate(list(queryset))
        header = [str(self.export_headings[field]) for field in self.list_export]
        body = [list(self.to_row_dict(state).values()) for state in rows]
        return csv_response(f"{self.get_filename()}.csv", [header, *body])

    def write_xlsx(self, queryset, output):
        return super().write_xlsx(decorate(list(queryset)), output)


def _format(moment):
    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if moment else ""


class TranslationPanel(Component):
    """The dashboard's summary: how many texts wait in each language, the first few."""

    name = "translations"
    order = 110
    template_name = "jumelage/admin/translation_panel.html"

    def get_context_data(self, parent_context):
        completeness.record_unseen()
        states = to_do()
        counts = {}
        for language, status in states.values_list("language", "status"):
            counts.setdefault(language, {}).setdefault(status, 0)
            counts[language][status] += 1
        return {
            "counts": [
                (
                    TranslationState(language=code).get_language_display(),
                    [(s.label, by_status[s]) for s in TO_DO if by_status.get(s)],
                )
                for code, by_status in sorted(counts.items())
            ],
            "first": decorate(list(states[:6])),
            "total": sum(sum(c.values()) for c in counts.values()),
        }


@require_POST
def mark_up_to_date(request, state_id):
    """The editor compared this language with the other after a change that needed no
    translation: it is no longer called out of date."""
    state = get_object_or_404(TranslationState, pk=state_id)
    if not can_edit(request.user, state):
        raise PermissionDenied
    if state.status == Status.OUTDATED:
        completeness.mark_up_to_date(state)
        messages.success(
            request,
            gettext("“%(title)s” (%(language)s) is marked as up to date.")
            % {"title": state.label, "language": state.get_language_display()},
        )
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}):
        back = reverse("jumelage_translation_report")
    return redirect(back)


def editing_guide(request):
    """The volunteers' editing guide, in the language of their admin (French by default)."""
    language = request.GET.get("lang") or translation.get_language() or "fr"
    template = "jumelage/admin/guide_en.html" if language.startswith("en") else None
    return TemplateResponse(
        request,
        template or "jumelage/admin/guide_fr.html",
        {
            "header_title": gettext("Editing guide"),
            "page_title": gettext("Editing guide"),
            "header_icon": "help",
        },
    )


def can_edit(user, state):
    model = state.content_type.model_class()
    if model is None:
        return False
    if issubclass(model, Page):
        page = Page.objects.filter(pk=state.object_id).first()
        return page is not None and page.permissions_for_user(user).can_edit()
    return user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")


class ListingMarkers:
    """The languages each page of an explorer listing still needs, read once per request."""

    def __init__(self):
        page_types = [ct.pk for ct in tracked_content_types() if _is_page_type(ct)]
        self.by_page = {}
        for object_id, language, status in TranslationState.objects.filter(
            content_type__in=page_types, status__in=TO_DO
        ).values_list("object_id", "language", "status"):
            self.by_page.setdefault(object_id, []).append((language, status))

    def buttons(self, page):
        for language, status in sorted(self.by_page.get(page.pk, [])):
            yield ListingButton(
                _marker_label(language, status),
                reverse("wagtailadmin_pages:edit", args=[page.pk]),
                icon_name="warning",
                priority=1,
                attrs={"data-translation-marker": f"{language}-{status}"},
            )


def _is_page_type(content_type):
    model = content_type.model_class()
    return model is not None and issubclass(model, Page)


def _marker_label(language, status):
    code = language.upper()
    if status == Status.MISSING:
        return gettext("%(language)s: to translate") % {"language": code}
    if status == Status.INCOMPLETE:
        return gettext("%(language)s: incomplete") % {"language": code}
    return gettext("%(language)s: to review") % {"language": code}
