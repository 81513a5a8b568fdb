"""Builds the demo site from the association's own texts; used by `load_demo_content`.

Every step looks for what it would create first, so a second run changes nothing. Later apps
add their own steps (twin cities, events, projects) through the `jumelage_demo_content` hook."""

import hashlib
import io
import json
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from jumelage.models import FormField, FormPage, HomePage, SiteSettings, StandardPage

from . import form_texts, texts

# Colours of the generated pictures: Provence's sky and ochre, the twin cities' flags.
PALETTES = {
    "home": [(11, 79, 138), (246, 217, 168), (164, 82, 15)],
    "about": [(8, 58, 102), (230, 230, 220), (0, 140, 69)],
    "funding": [(164, 82, 15), (255, 240, 200), (11, 79, 138)],
}

# The text of the legal notice and privacy page as the demo wrote them before the publisher
# and host came from the site settings (headings and paragraphs, French then English): a
# site whose pages still read exactly so gets the new text (`update_legal_texts`).
PREVIOUS_LEGAL_TEXTS = {
    "legal": "9ba377680029621bd1f9f5ad04612fa2325839b63440c159c2e38b39c9db0d2c",
    "privacy": "bd1280cdea95ddb15a5e67913bf2c3a864f8db42c4e22a9a2e33c550092d0a41",
}

DEMO_ACCOUNTS = [
    # username, groups, is_staff, is_superuser, description
    ("benevole", ["Bénévoles"], False, False, "volunteer: writes pages, submits them for review"),
    (
        "editeur",
        ["Bénévoles", "Éditeurs"],
        False,
        False,
        "editor: reviews, approves and publishes pages in /admin/",
    ),
    (
        "conseil",
        ["Conseil d'administration", "Secrétariat du Conseil"],
        True,
        False,
        "board member and secretary: /django-admin/",
    ),
    ("admin", [], True, True, "administrator: everything"),
]


class DemoBuilder:
    def __init__(self, stdout, stderr, style):
        self.stdout = stdout
        self.stderr = stderr
        self.style = style
        self.created = 0

    def log_created(self, what):
        self.created += 1
        self.stdout.write(f"  + {what}")

    # Pictures --------------------------------------------------------------------------------

    def image(self, key, title, alt_text, palette=None, collection=None):
        """A picture drawn here with Pillow (nothing is downloaded), found again by title;
        `palette` is three RGB colours (sky, light, accent), else the one named `key`.

        The drawings are ornaments that tell nothing the text does not: they are marked
        decorative (an empty `alt`), their description kept for the editors."""
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        width, height = 1600, 900
        sky, sand, accent = palette or PALETTES[key]
        canvas = PILImage.new("RGB", (width, height), sand)
        draw = ImageDraw.Draw(canvas)
        for y in range(height // 2):
            ratio = y / (height / 2)
            colour = tuple(int(s + (d - s) * ratio) for s, d in zip(sky, sand, strict=True))
            draw.line([(0, y), (width, y)], fill=colour)
        # Hills of Sainte-Victoire and a row of roofs: a simple, recognisable skyline.
        draw.polygon(
            [
                (0, 620),
                (380, 380),
                (560, 470),
                (820, 300),
                (1180, 560),
                (1600, 430),
                (1600, 900),
                (0, 900),
            ],
            fill=accent,
        )
        for x in range(0, width, 120):
            draw.rectangle([x + 10, 700, x + 100, 900], fill=sky)
            draw.polygon([(x, 700), (x + 55, 650), (x + 110, 700)], fill=sand)
        buffer = io.BytesIO()
        canvas.save(buffer, format="JPEG", quality=85)
        picture = Image(title=title, description_fr=alt_text, is_decorative=True)
        if collection is not None:
            picture.collection = collection
        picture.file = ImageFile(buffer, name=f"demo-{key}.jpg")
        picture.save()
        self.log_created(f"image “{title}”")
        return picture

    # Pages -----------------------------------------------------------------------------------

    def home_page(self):
        home = HomePage.objects.first() or self.create_home_page()
        self.make_site_root(home)
        return home

    def create_home_page(self):
        data = texts.HOME
        home = HomePage(
            title_fr=data["title"]["fr"],
            title_en=data["title"]["en"],
            slug_fr="accueil",
            slug_en="home",
            hero_image=self.image(
                "home", "Aix-en-Provence et ses villes jumelles", "Illustration : collines et toits"
            ),
            **self.translated(data, "hero_heading", "hero_text", "mission_heading", "mission"),
            search_description_fr=data["seo_description"]["fr"],
            search_description_en=data["seo_description"]["en"],
        )
        # Wagtail's first page ("Welcome to your new Wagtail site!") holds the slug "home".
        self.welcome_pages().update(slug="wagtail-welcome", slug_fr="wagtail-welcome")
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
        self.log_created("home page")
        return home

    @staticmethod
    def welcome_pages():
        """Wagtail's placeholder home pages: plain `Page`s right under the root."""
        return Page.objects.rewrite(False).filter(
            depth=2, content_type=ContentType.objects.get_for_model(Page)
        )

    def make_site_root(self, home):
        """The default site shows our home page; Wagtail's placeholder page goes."""
        site = Site.objects.filter(is_default_site=True).first()
        if site is None or site.root_page_id != home.pk:
            site = site or Site(hostname="localhost", port=80, is_default_site=True)
            site.root_page = home
            site.site_name = settings.WAGTAIL_SITE_NAME
            site.save()
            self.log_created("default site rooted at the home page")
        for welcome in self.welcome_pages():
            if not welcome.get_children().exists():
                welcome.delete()

    def singleton_page(self, parent, page_class, data, **extra):
        """The one page of `page_class` under `parent` (an app's index page), made and
        published from `data` if it does not exist yet."""
        page = page_class.objects.child_of(parent).first()
        if page is None:
            page = page_class(**self.page_fields(data), show_in_menus=True, **extra)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.log_created(f"{page_class._meta.verbose_name} “{page.title}”")
        return page

    @classmethod
    def page_fields(cls, data):
        """Title, slug, intro and search description of a page, in both languages."""
        fields = cls.translated(data, "title", "slug", "intro")
        if "seo_description" in data:
            fields.update(
                {
                    f"search_description_{code}": data["seo_description"][code]
                    for code in ("fr", "en")
                }
            )
        return fields

    @staticmethod
    def translated(data, *names):
        return {f"{name}_{code}": data[name][code] for name in names for code in ("fr", "en")}

    def standard_page(self, parent, key):
        """The page of `texts.PAGES[key]` under `parent`, and whether it was just created."""
        data = texts.PAGES[key]
        existing = StandardPage.objects.child_of(parent).filter(slug_fr=data["slug"]["fr"]).first()
        if existing is not None:
            return existing, False
        page = StandardPage(
            title_fr=data["title"]["fr"],
            title_en=data["title"]["en"],
            slug_fr=data["slug"]["fr"],
            slug_en=data["slug"]["en"],
            intro_fr=data["intro"]["fr"],
            intro_en=data["intro"]["en"],
            search_description_fr=data["seo_description"]["fr"],
            search_description_en=data["seo_description"]["en"],
            show_in_menus=data["show_in_menus"],
        )
        if key in PALETTES:
            page.hero_image = self.image(
                key, data["title"]["fr"], f"Illustration : {data['title']['fr'].lower()}"
            )
        parent.add_child(instance=page)
        self.log_created(f"page “{data['title']['fr']}”")
        return page, True

    def fill_bodies(self, pages_by_key, new_keys):
        """Bodies are written once every page exists, so calls to action can link them."""
        for key in new_keys:
            page = pages_by_key[key]
            for code in ("fr", "en"):
                blocks = texts.PAGES[key]["body"][code]
                setattr(page, f"body_{code}", self.stream(blocks, pages_by_key))
            page.save_revision().publish()

    @staticmethod
    def stream(blocks, pages_by_key):
        stream = []
        for block_type, value in blocks:
            if block_type == "call_to_action":
                value = {**value, "page": pages_by_key[value["page"]], "url": ""}
            stream.append((block_type, value))
        return stream

    @staticmethod
    def text_fingerprint(page):
        """The headings and paragraphs of a page's body in both languages, hashed."""
        items = []
        for code in ("fr", "en"):
            for block in getattr(page, f"body_{code}"):
                if block.block_type == "heading":
                    items.append(("heading", block.value["text"]))
                elif block.block_type == "paragraph":
                    items.append(("paragraph", block.value.source))
        return hashlib.sha256(json.dumps(items, ensure_ascii=False).encode()).hexdigest()

    def update_legal_texts(self, pages_by_key):
        """Sites built by an earlier demo: the legal notice and privacy page get the new text
        (publisher and host now from the settings, cookies listed) if nobody has changed
        theirs; a page an editor has changed is left alone."""
        for key, fingerprint in PREVIOUS_LEGAL_TEXTS.items():
            page = pages_by_key[key]
            if self.text_fingerprint(page) != fingerprint:
                continue
            for code in ("fr", "en"):
                blocks = texts.PAGES[key]["body"][code]
                setattr(page, f"body_{code}", self.stream(blocks, pages_by_key))
            page.save_revision().publish()
            self.log_created(f"page “{page.title}”: text brought up to date")

    def site_settings(self, home, pages_by_key):
        site = Site.objects.get(root_page=home)
        site_settings = SiteSettings.for_site(site)
        self.publisher(site_settings)
        if site_settings.legal_notice_page_id:
            return
        site_settings.legal_notice_page = pages_by_key["legal"]
        site_settings.privacy_page = pages_by_key["privacy"]
        site_settings.address = "Aix-en-Provence\nFrance"
        site_settings.footer_text_fr = (
            "Association à but non lucratif qui rapproche les citoyens d’Aix-en-Provence "
            "et de ses villes jumelles."
        )
        site_settings.footer_text_en = (
            "A non-profit association bringing the people of Aix-en-Provence and its twin "
            "cities together."
        )
        site_settings.save()
        self.log_created("site settings (footer)")

    def publisher(self, site_settings):
        """The association's name and legal form, the only details of the legal notice the
        sources give (no registration number, publication director or host: a volunteer
        fills them in Settings → Site settings)."""
        if site_settings.legal_name:
            return
        site_settings.legal_name = texts.PUBLISHER["name"]
        site_settings.legal_form_fr = texts.PUBLISHER["legal_form"]["fr"]
        site_settings.legal_form_en = texts.PUBLISHER["legal_form"]["en"]
        site_settings.save()
        self.log_created("site settings (publisher of the legal notice)")

    # Forms -----------------------------------------------------------------------------------

    def form_pages(self, home):
        """The forms "Nous contacter" and "Devenir bénévole" under the home page, which then
        invites its visitors to volunteer."""
        for key, data in form_texts.FORM_PAGES.items():
            if FormPage.objects.child_of(home).filter(slug_fr=data["slug"]["fr"]).exists():
                continue
            page = self.form_page(home, data)
            if key == "volunteer":
                self.invite_to_volunteer(home, page)

    def form_page(self, parent, data):
        page = FormPage(
            **self.page_fields(data),
            **self.translated(data, "thank_you_text"),
            consent_text_fr=form_texts.CONSENT["fr"],
            consent_text_en=form_texts.CONSENT["en"],
            subject=data["subject"],
            show_in_menus=data["show_in_menus"],
        )
        for order, field in enumerate(data["fields"]):
            page.form_fields.add(
                FormField(
                    sort_order=order,
                    field_type=field["field_type"],
                    required=field["required"],
                    autocomplete=field.get("autocomplete", ""),
                    **{
                        f"{name}_{code}": field[name][code]
                        for name in ("label", "help_text", "choices")
                        if name in field
                        for code in ("fr", "en")
                    },
                )
            )
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.log_created(f"form page “{data['title']['fr']}”")
        return page

    def invite_to_volunteer(self, home, page):
        home = HomePage.objects.get(pk=home.pk)  # as the apps' steps may have left it
        for code in ("fr", "en"):
            body = getattr(home, f"body_{code}")
            blocks = [(child.block_type, child.value) for child in body]
            invitation = {**form_texts.VOLUNTEER_CALL_TO_ACTION[code], "page": page, "url": ""}
            setattr(home, f"body_{code}", [*blocks, ("call_to_action", invitation)])
        home.save_revision().publish()
        self.log_created("home page: invitation to volunteer")

    # Accounts --------------------------------------------------------------------------------

    def accounts(self):
        """Demo accounts, only on a development machine; each password is printed once."""
        if not settings.DEBUG:
            self.stderr.write(
                "Demo accounts not created: DEBUG is off (they must never exist in production)."
            )
            return
        User = get_user_model()
        for username, group_names, is_staff, is_superuser, description in DEMO_ACCOUNTS:
            if User.objects.filter(username=username).exists():
                self.stdout.write(
                    f"  = account {username} ({description}) exists; password unchanged "
                    f"(reset it with: manage.py changepassword {username})"
                )
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                username=username,
                password=password,
                email=f"{username}@example.org",
                is_staff=is_staff,
                is_superuser=is_superuser,
            )
            user.groups.add(*Group.objects.filter(name__in=group_names))
            self.log_created(f"account {username} ({description}), password: {password}")

    def build(self, with_accounts=True):
        home = self.home_page()
        pages_by_key, new_keys = {}, []
        for key in texts.PAGES:
            pages_by_key[key], created = self.standard_page(home, key)
            if created:
                new_keys.append(key)
        self.fill_bodies(pages_by_key, new_keys)
        self.update_legal_texts(pages_by_key)
        self.site_settings(home, pages_by_key)
        # Accounts first: the apps' demo content may name them (who closed a deliberation).
        if with_accounts:
            self.accounts()
        for hook in hooks.get_hooks("jumelage_demo_content"):
            hook(self, home)
        # Last, so that "Nous contacter" ends the menu.
        self.form_pages(home)
        return self.created
