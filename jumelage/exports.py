"""CSV downloads for the board and the editors: UTF-8 with a byte order mark (so that
spreadsheets read the accents), and text cells that a spreadsheet can never run as formulas."""

import csv
import io

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from wagtail.admin.views.mixins import Echo
from wagtail.contrib.forms.views import SubmissionsListView

# A cell starting with one of these is read as a formula by spreadsheets (OWASP: CSV injection),
# with their full-width forms, which some spreadsheets read alike.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
# Characters a spreadsheet skips before it looks for a formula.
INVISIBLE = " \ufeff\u200b\u200c\u200d\u2060\u00a0\u3000"


def neutralise(value):
    """A text cell shown as text, never run as a formula."""
    value = str(value)
    return f"'{value}" if value.lstrip(INVISIBLE).startswith(FORMULA_STARTS) else value


def to_csv(rows):
    """Every cell quoted: a spreadsheet that splits on another separator (`;` in French
    Excel) must not find a new cell, and a formula, inside an answer."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)
    writer.writerows([neutralise(value) for value in row] for row in rows)
    return out.getvalue()


def csv_response(filename, rows):
    """A download of `rows` (the header first) as a CSV file named `filename`."""
    response = HttpResponse("\ufeff" + to_csv(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


class NeutralisedSubmissionsListView(SubmissionsListView):
    """Wagtail's list of a form page's answers, whose CSV export writes a visitor's answer that
    starts like a formula (`=HYPERLINK(...)`) as text, as the project's own CSVs do. (Wagtail
    already keeps such cells as text in its XLSX export, not in its CSV.)"""

    def stream_csv(self, queryset):
        """Wagtail's, with every cell quoted (see `to_csv`)."""
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, quoting=csv.QUOTE_ALL)
        yield writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            return neutralise(value)
        return value
