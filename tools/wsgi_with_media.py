"""jumelage.wsgi with the uploaded pictures served under MEDIA_URL, as nginx or the bucket
serves them in production (gunicorn alone does not): for `make lighthouse` and
`make screenshots` on the loopback only, never for a public server.

The pictures are listed when the server starts: those of the demo content are all made by then
(renditions are made at upload and publication)."""

from django.conf import settings
from whitenoise import WhiteNoise

from jumelage.wsgi import application as site

# Cached a day, as the production bucket sends them (jumelage/settings/production.py).
application = WhiteNoise(site, max_age=86_400)
application.add_files(str(settings.MEDIA_ROOT), prefix=settings.MEDIA_URL)
