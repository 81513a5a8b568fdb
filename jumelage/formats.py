"""Amounts, dates and times as each language writes them, from the CLDR data of Babel rather
than home-made rules: "3 000 €" (a narrow no-break space that never wraps) and "€3,000",
cents only when there are some; "1er novembre 2026"; "10 h", "10 h 30" and "10 am", "10:30 am";
the venue's time named when it is not France's ("15 h, heure d’Erevan", "3 pm Yerevan time")."""

import decimal
import re

from babel import Locale, dates, numbers
from django.utils import translation
from django.utils.translation import gettext

LOCALES = {"fr": "fr_FR", "en": "en_GB"}
HOME_ZONE = "Europe/Paris"


def locale(language=None):
    language = language or translation.get_language() or "fr"
    return LOCALES.get(language, "fr_FR")


def money(amount, currency="EUR", language=None):
    """An amount of money: "3 000 €", "3 000,50 €", "€3,000", "€3,000.50"."""
    if amount in (None, ""):
        return ""
    amount = decimal.Decimal(str(amount))
    where = Locale.parse(locale(language))
    pattern = where.currency_formats["standard"].pattern
    if amount == amount.to_integral_value():
        pattern = pattern.replace("0.00", "0")
    return numbers.format_currency(
        amount, currency, format=pattern, locale=where, currency_digits=False
    )


def figure(value, language=None):
    """An amount without its currency, for a table headed "(€)": "3 000", "3 000,50"."""
    if value in (None, ""):
        return ""
    value = decimal.Decimal(str(value))
    pattern = "#,##0" if value == value.to_integral_value() else "#,##0.00"
    return numbers.format_decimal(value, format=pattern, locale=locale(language))


def day(date, year=True, language=None, weekday=False):
    """ "1er novembre 2026", "9 mai", "1 November 2026"; with `weekday`, "dimanche 1er novembre"
    / "Sunday 1 November" (Django's `date:"l j F"` would write "dimanche 1 novembre")."""
    language = language or translation.get_language() or "fr"
    pattern = ("EEEE " if weekday else "") + ("d MMMM y" if year else "d MMMM")
    text = dates.format_date(date, pattern, locale=locale(language))
    if language == "fr" and date.day == 1:
        # CLDR has no ordinal day pattern; French writes the first of the month "1er".
        text = re.sub(r"(^|\s)1(\s)", r"\g<1>1er\g<2>", text, count=1)
    return text


def time(value, language=None):
    """ "10 h", "10 h 30", "10 am", "10:30 am"."""
    language = language or translation.get_language() or "fr"
    if language == "fr":
        pattern = "H 'h'" if value.minute == 0 else "H 'h' mm"
        return dates.format_time(value, pattern, locale="fr_FR")
    pattern = "h a" if value.minute == 0 else "h:mm a"
    return dates.format_time(value, pattern, locale=locale(language)).lower()


def zone_city(zone, language=None):
    """The city that names a time zone in the language ("Erevan", "Yerevan")."""
    return dates.get_timezone_location(zone, locale=locale(language), return_city=True)


def with_zone(text, zone, language=None):
    """`text` (a time) followed by the zone's name when it is not France's."""
    if not zone or str(zone) == HOME_ZONE:
        return text
    city = zone_city(zone, language)
    named = gettext("%(time)s %(city)s time") % {"time": text, "city": city}
    # French elides "de" before a vowel: "heure d’Erevan".
    for vowel in "AEIOUÉÈYaeiouéèy":
        named = named.replace(f"heure de {vowel}", f"heure d’{vowel}")
    return named
