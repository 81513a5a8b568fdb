"""Plain text as XML and HTML accept it.

Word's Shift+Enter pastes a vertical tab (\\x0b); other control characters come with copied
text. XML 1.0 forbids them (only tab, line feed and carriage return are allowed), so a single
one in a title made the Atom feeds fail with a 500. Editors' text is cleaned when a page is
saved, and the feeds clean what they write for text saved before."""

import re

# C0 controls except \t \n \r, DEL and C1 controls are invalid (or discouraged) in XML 1.0,
# and the two non-characters U+FFFE and U+FFFF are invalid too.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def xml_safe(text):
    """`text` without the characters XML 1.0 forbids; None and non-strings pass unchanged."""
    if not isinstance(text, str):
        return text
    return _XML_INVALID.sub(_replacement, text)


def _replacement(match):
    # A vertical tab or form feed is a line break to the editor who typed it: keep a space.
    return " " if match.group() in "\x0b\x0c" else ""


def clean_text_fields(instance):
    """Strip the forbidden characters from every text field (both languages' columns)."""
    from django.db import models

    for field in instance._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField)):
            value = getattr(instance, field.attname, None)
            cleaned = xml_safe(value)
            if cleaned != value:
                setattr(instance, field.attname, cleaned)
