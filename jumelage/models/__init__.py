"""Models of the shared core, by concept: pages (`pages`), the picture library (`images`), site
settings (`site_settings`), the public forms (`forms`), the site's records about its pages
(`records`), the page cache's count of publications (`cache`) and the periodic jobs' history
(`jobs`). Every public name is importable from `jumelage.models`."""

from .cache import PublicationCounter
from .forms import Autofill, FormField, FormPage
from .images import CustomImage, CustomRendition
from .jobs import JobRun
from .pages import (
    BasePage,
    CoordinatesMixin,
    HeroMixin,
    HomePage,
    Section,
    StandardPage,
    body_field,
    picture_field,
)
from .records import SearchText, TranslationState
from .site_settings import SiteSettings

__all__ = [
    "Autofill",
    "FormField",
    "FormPage",
    "BasePage",
    "CoordinatesMixin",
    "CustomImage",
    "CustomRendition",
    "HeroMixin",
    "HomePage",
    "JobRun",
    "PublicationCounter",
    "SearchText",
    "Section",
    "SiteSettings",
    "StandardPage",
    "TranslationState",
    "body_field",
    "picture_field",
]
