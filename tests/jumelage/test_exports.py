"""CSV exports: cells a spreadsheet would run as formulas are written as text."""

import pytest

from jumelage.exports import neutralise


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+33 4 42 00 00 00", "'+33 4 42 00 00 00"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Hélène = présidente", "Hélène = présidente"),
        (12, "12"),
        ("", ""),
    ],
)
def test_cells_that_a_spreadsheet_would_run_are_prefixed(value, expected):
    assert neutralise(value) == expected
