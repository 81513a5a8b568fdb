"""Bilingual demo texts of the public form pages ("Nous contacter", "Devenir bénévole") and of
the home page's invitation to volunteer. The events named are those of the association's own
texts: the MIVJ in December, Assogora in September, the Fête de l'Europe on 9 May."""

CONSENT = {
    "fr": (
        "J’accepte que l’Association des Jumelages conserve les informations de ce formulaire "
        "pour me répondre. Seuls les bénévoles chargés des messages les lisent ; elles sont "
        "supprimées au plus tard un an après leur envoi."
    ),
    "en": (
        "I agree that the Twinning Association keeps the information in this form to answer "
        "me. Only the volunteers in charge of messages read it, and it is deleted within a "
        "year of being sent."
    ),
}

NAME = {
    "label": {"fr": "Votre nom", "en": "Your name"},
    "field_type": "singleline",
    "required": True,
    "autocomplete": "name",
}
EMAIL = {
    "label": {"fr": "Adresse e-mail", "en": "E-mail address"},
    "help_text": {
        "fr": "Pour vous répondre, et à rien d’autre.",
        "en": "To answer you, and for nothing else.",
    },
    "field_type": "email",
    "required": True,
    "autocomplete": "email",
}

FORM_PAGES = {
    "contact": {
        "slug": {"fr": "nous-contacter", "en": "contact-us"},
        "title": {"fr": "Nous contacter", "en": "Contact us"},
        "intro": {
            "fr": (
                "Une question sur les jumelages, nos événements ou un projet d’échange avec une "
                "ville jumelle ? Écrivez-nous : un bénévole de l’association vous répondra."
            ),
            "en": (
                "A question about twinning, our events or an exchange project with a twin "
                "city? Write to us: a volunteer of the association will answer you."
            ),
        },
        "seo_description": {
            "fr": "Écrire à l’Association des Jumelages d’Aix-en-Provence.",
            "en": "Write to the Twinning Association of Aix-en-Provence.",
        },
        "show_in_menus": True,
        "subject": "Nouveau message du site",
        "thank_you_text": {
            "fr": (
                "<p>Merci pour votre message. Un bénévole de l’association vous répondra par "
                "e-mail.</p>"
            ),
            "en": (
                "<p>Thank you for your message. A volunteer of the association will answer you "
                "by e-mail.</p>"
            ),
        },
        "fields": [
            NAME,
            EMAIL,
            {
                "label": {"fr": "Objet", "en": "Subject"},
                "field_type": "dropdown",
                "required": True,
                "choices": {
                    "fr": (
                        "Les jumelages et les villes jumelles\n"
                        "Un événement\n"
                        "Un projet d’échange\n"
                        "Devenir bénévole\n"
                        "Autre question"
                    ),
                    "en": (
                        "Twinning and the twin cities\n"
                        "An event\n"
                        "An exchange project\n"
                        "Volunteering\n"
                        "Another question"
                    ),
                },
            },
            {
                "label": {"fr": "Message", "en": "Message"},
                "field_type": "multiline",
                "required": True,
            },
        ],
    },
    "volunteer": {
        "slug": {"fr": "devenir-benevole", "en": "volunteer-with-us"},
        "title": {"fr": "Devenir bénévole", "en": "Volunteer with us"},
        "intro": {
            "fr": (
                "L’Association fonctionne grâce au dynamisme et au dévouement de ses bénévoles. "
                "Donnez un peu de votre temps au Marché International des Villes Jumelles, à "
                "Assogora ou à la Fête de l’Europe : dites-nous ce qui vous tente."
            ),
            "en": (
                "Our association works with the support of volunteers. Give a little of your "
                "time at the Twin Cities’ International Market, Assogora or the Europe "
                "Festival: tell us what you would like to do."
            ),
        },
        "seo_description": {
            "fr": "Devenir bénévole de l’Association des Jumelages d’Aix-en-Provence.",
            "en": "Volunteer with the Twinning Association of Aix-en-Provence.",
        },
        "show_in_menus": False,
        "subject": "Nouveau bénévole",
        "thank_you_text": {
            "fr": (
                "<p>Merci de proposer votre aide ! Un bénévole de l’association vous écrira "
                "avant le prochain événement.</p>"
            ),
            "en": (
                "<p>Thank you for offering your help! A volunteer of the association will write "
                "to you before the next event.</p>"
            ),
        },
        "fields": [
            NAME,
            EMAIL,
            {
                "label": {"fr": "Téléphone", "en": "Telephone"},
                "help_text": {
                    "fr": "Si vous préférez qu’on vous appelle.",
                    "en": "If you would rather we called you.",
                },
                "field_type": "singleline",
                "required": False,
                "autocomplete": "tel",
            },
            {
                "label": {
                    "fr": "Les événements où vous aimeriez aider",
                    "en": "The events you would like to help with",
                },
                "field_type": "checkboxes",
                "required": False,
                "choices": {
                    "fr": (
                        "Marché International des Villes Jumelles (décembre)\n"
                        "Assogora (septembre, cours Mirabeau)\n"
                        "Fête de l’Europe (9 mai)\n"
                        "Une autre occasion"
                    ),
                    "en": (
                        "Twin Cities’ International Market (December)\n"
                        "Assogora (September, Cours Mirabeau)\n"
                        "Europe Festival (9 May)\n"
                        "Another occasion"
                    ),
                },
            },
            {
                "label": {"fr": "Les langues que vous parlez", "en": "The languages you speak"},
                "help_text": {
                    "fr": "Nos villes jumelles parlent allemand, italien, arménien…",
                    "en": "Our twin cities speak German, Italian, Armenian…",
                },
                "field_type": "checkboxes",
                "required": False,
                "choices": {
                    "fr": "Français\nAnglais\nAllemand\nItalien\nArménien\nUne autre langue",
                    "en": "French\nEnglish\nGerman\nItalian\nArmenian\nAnother language",
                },
            },
            {
                "label": {"fr": "Votre message", "en": "Your message"},
                "help_text": {
                    "fr": "Vos disponibilités, ce que vous aimeriez faire…",
                    "en": "When you are free, what you would like to do…",
                },
                "field_type": "multiline",
                "required": False,
            },
        ],
    },
}

# Added to the home page once the volunteering form exists.
VOLUNTEER_CALL_TO_ACTION = {
    "fr": {
        "title": "Devenir bénévole",
        "text": (
            "L’Association fonctionne grâce au dynamisme et au dévouement de ses bénévoles : "
            "rejoignez-les au Marché International des Villes Jumelles, à Assogora ou à la Fête "
            "de l’Europe."
        ),
        "button_label": "Proposer mon aide",
    },
    "en": {
        "title": "Volunteer with us",
        "text": (
            "Our association works with the support of volunteers: join them at the Twin "
            "Cities’ International Market, Assogora or the Europe Festival."
        ),
        "button_label": "Offer my help",
    },
}
