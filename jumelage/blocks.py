"""StreamField blocks shared by every page body of the site."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading that editors place between paragraphs."""

    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    size = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (H2)")), ("h3", _("Sub-section (H3)"))],
        default="h2",
        help_text=_("Use H2 for a main section, H3 for a part of it."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A title that starts a new section of the page.")
        preview_value = {"text": "Marché International des Villes Jumelles", "size": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    """An image with its caption and credit, shown in the flow of the text."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    attribution = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        max_length=120,
        help_text=_("Photographer or owner of the picture, if known."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("A picture with an optional caption and credit.")


class QuoteBlock(blocks.StructBlock):
    """A quotation set apart from the text, with who said it."""

    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Author"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation set apart from the text.")
        preview_value = {
            "text": (
                "L’objectif du jumelage est de faire participer les citoyens aux actions menées."
            ),
            "attribution": "Association des Jumelages d’Aix-en-Provence",
        }


class CallToActionBlock(blocks.StructBlock):
    """A highlighted box inviting the visitor to go to a page (or an outside address)."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(
        label=_("Page of the site"), required=False, help_text=_("Choose a page, or...")
    )
    url = blocks.URLBlock(
        label=_("Outside address"), required=False, help_text=_("...give an address.")
    )
    button_label = blocks.CharBlock(label=_("Button text"), max_length=60)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page of the site or an outside address.")
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return value

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box with a button leading to a page.")
        preview_value = {
            "title": "Proposer un projet",
            "text": "Vous avez un projet d’échange avec une ville jumelle ?",
            "url": "https://example.org/",
            "button_label": "En savoir plus",
        }


class BaseStreamBlock(blocks.StreamBlock):
    """The body of every page: the blocks volunteers compose pages with."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        description=_("Text with bold, italics, lists and links."),
        preview_value=(
            "<p>Chaque année, en décembre, le Marché International des Villes Jumelles "
            "réunit à Aix les artisans de nos villes jumelles.</p>"
        ),
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedBlock(
        label=_("Video or media"),
        icon="media",
        template="blocks/embed_block.html",
        help_text=_("Address of a video (YouTube, Vimeo...). It is shown inside the page."),
        description=_("A video or other media from another site."),
    )
