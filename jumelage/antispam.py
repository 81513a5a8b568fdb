"""What every public form uses against spam: a honeypot field robots fill and people never see,
and a limit on how many submissions one address may make in a while."""

import hashlib

from django import forms
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from .security import counted_address


class HoneypotMixin(forms.Form):
    """A field hidden from people (and from assistive technologies) that robots fill in."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self):
        return bool(self.data.get(self.add_prefix("website")))


class RateLimit:
    """At most `limit` submissions of one form per client address in `window` seconds, counted
    in the shared cache (the address is stored hashed). The address is the visitor's as
    `security.counted_address` reads it behind the trusted proxies (an IPv6 /64 as one): keyed
    on REMOTE_ADDR, every visitor behind the proxy would share the proxy's count."""

    def __init__(self, scope, limit, window):
        self.scope, self.limit, self.window = scope, limit, window

    def _key(self, request):
        address = counted_address(request)
        return f"rate:{self.scope}:{hashlib.sha256(address.encode()).hexdigest()[:32]}"

    def exceeded(self, request):
        return cache.get(self._key(request), 0) >= self.limit

    def count(self, request):
        key = self._key(request)
        if not cache.add(key, 1, self.window):
            try:
                cache.incr(key)
            except ValueError:  # expired in between
                cache.add(key, 1, self.window)
