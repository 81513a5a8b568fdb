"""Demo projects of the Aix–Masis cooperation, from the association's page on Masis."""

import datetime

INDEX = {
    "slug": {"fr": "projets", "en": "projects"},
    "title": {"fr": "Projets soutenus", "en": "Supported projects"},
    "intro": {
        "fr": (
            "Subventionnée par les collectivités, l’Association apporte un soutien logistique et "
            "financier aux projets d’échange mutuel et concret avec une ville jumelle."
        ),
        "en": (
            "Financed by public subsidies, the association supports concrete, mutual exchange "
            "projects with a twin city in terms of logistics and funding."
        ),
    },
    "seo_description": {
        "fr": "Les projets d’échange avec les villes jumelles d’Aix-en-Provence.",
        "en": "Exchange projects with the twin cities of Aix-en-Provence.",
    },
}

PROJECTS = [
    {
        "slug": {"fr": "centre-de-la-jeunesse-masis", "en": "masis-youth-centre"},
        "title": {
            "fr": "Centre de la jeunesse Aix-en-Provence à Masis",
            "en": "Aix-en-Provence Youth Centre in Masis",
        },
        "field": "youth",
        "status": "completed",
        "start_date": datetime.date(2024, 6, 1),
        "partners": [],
        "intro": {
            "fr": (
                "Inauguré à Masis en juin 2024, un lieu de rencontres, de projections, de "
                "séminaires et de cours pour les jeunes."
            ),
            "en": (
                "Opened in Masis in June 2024: a place for meetings, screenings, seminars and "
                "classes for young people."
            ),
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>Le « Centre de la jeunesse Aix-en-Provence » a été inauguré à Masis en "
                    "juin 2024. Lieu de rencontres, de projections, de séminaires et de cours "
                    "pour les jeunes, il est inspiré par la visite du Repère Jeunesse à Aix.</p>",
                )
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The “Aix-en-Provence Youth Centre” was opened in Masis in June 2024. A "
                    "venue for meetings, screenings, seminars and classes for young people, it "
                    "was inspired by a visit to the Repère Jeunesse youth centre in Aix.</p>",
                )
            ],
        },
    },
    {
        "slug": {"fr": "echange-de-livres-aix-masis", "en": "aix-masis-book-exchange"},
        "title": {
            "fr": "Échange de livres entre les bibliothèques d’Aix et de Masis",
            "en": "Book exchange between the libraries of Aix and Masis",
        },
        "field": "culture",
        "status": "completed",
        "start_date": datetime.date(2024, 11, 1),
        "partners": [],
        "intro": {
            "fr": "En novembre 2024, des livres en français et en arménien ont été échangés.",
            "en": "In November 2024, books in French and Armenian were exchanged.",
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>Novembre 2024 : échanges de livres en français et en arménien entre les "
                    "bibliothèques des deux villes.</p>",
                )
            ],
            "en": [
                (
                    "paragraph",
                    "<p>November 2024: books in French and Armenian were exchanged between the "
                    "libraries of the two towns.</p>",
                )
            ],
        },
    },
    {
        "slug": {"fr": "sante-mentale-masis-2025", "en": "masis-mental-health-2025"},
        "title": {
            "fr": "Santé mentale : projet pilote avec Masis (Appel à projets Arménie 2025)",
            "en": "Mental health: pilot project with Masis (Armenia 2025 call for projects)",
        },
        "field": "health",
        "status": "proposed",
        "start_date": datetime.date(2025, 7, 1),
        "partners": [
            "DCTCIV (Délégation pour les collectivités territoriales et la société civile)",
            "Médecins du Monde",
            "Centre hospitalier Montperrin",
            "CCAS d’Aix-en-Provence (Centre communal d’action sociale)",
        ],
        "intro": {
            "fr": (
                "Intégrer les services de santé mentale dans le système public de santé, avec "
                "Médecins du Monde, le Centre hospitalier Montperrin et le CCAS d’Aix-en-Provence."
            ),
            "en": (
                "Integrating mental health services into the public health system, with Médecins "
                "du Monde, the Montperrin hospital and the CCAS of Aix-en-Provence."
            ),
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>Juillet 2025 : Aix-en-Provence est lauréate de l’Appel à projets Arménie "
                    "2025. Soutenu par la DCTCIV (Délégation pour les collectivités territoriales "
                    "et la société civile), le projet pilote présenté par la Ville va permettre "
                    "d’intégrer les services de santé mentale dans le système public de santé, en "
                    "partenariat avec l’association Médecins du Monde, le Centre hospitalier "
                    "Montperrin et le CCAS d’Aix-en-Provence.</p>",
                )
            ],
            "en": [
                (
                    "paragraph",
                    "<p>July 2025: Aix-en-Provence is one of the winners of the Armenia 2025 call "
                    "for projects. Supported by the DCTCIV (Delegation for Local Authorities and "
                    "Civil Society), the pilot project put forward by the City will integrate "
                    "mental health services into the public health system, in partnership with "
                    "Médecins du Monde, the Montperrin hospital and the CCAS of "
                    "Aix-en-Provence.</p>",
                )
            ],
        },
    },
]

APPLICATION_PAGE = {
    "slug": {"fr": "proposer-un-projet", "en": "propose-a-project"},
    "title": {"fr": "Proposer un projet", "en": "Propose a project"},
    "intro": {
        "fr": (
            "Vous préparez un échange avec une ville jumelle ? Présentez-le à l’Association : "
            "elle peut vous apporter un soutien logistique et financier."
        ),
        "en": (
            "Are you preparing an exchange with a twin city? Tell the association about it: it "
            "can support you in terms of logistics and funding."
        ),
    },
    "body": {
        "fr": (
            "<p>L’Association, subventionnée par les collectivités, apporte un soutien "
            "logistique et financier aux projets d’échange mutuel et concret avec une ville "
            "jumelle. Les objectifs et les perspectives d’échange avec les citoyens d’une ville "
            "jumelle sont étudiés par l’association et font l’objet d’un vote de validation du "
            "Conseil d’administration.</p>"
        ),
        "en": (
            "<p>Financed by public subsidies, our association supports exchange projects in "
            "terms of logistics and funding. The aim and prospects of each project are examined "
            "and submitted to the board of directors before validation.</p>"
        ),
    },
    "seo_description": {
        "fr": "Proposer un projet d’échange avec une ville jumelle d’Aix-en-Provence.",
        "en": "Propose an exchange project with a twin city of Aix-en-Provence.",
    },
}

# The board of the demo site. The sources name no board member: these people are invented,
# and every amount below is a demo value (the sources give none), said so in the admin.
DEMO_LABEL = " (montant fictif de démonstration)"
# First name, last name, role, and the form of the title each states (Présidente, Trésorière).
BOARD = [
    ("Hélène", "Roux", "president", "feminine"),
    ("Marc", "Delorme", "vice_president", "masculine"),
    ("Anne", "Vidal", "treasurer", "feminine"),
    ("Sophie", "Garnier", "secretary", "feminine"),
    ("Karine", "Petrossian", "member", "feminine"),
    ("Luca", "Bianchi", "member", "masculine"),
    ("Jürgen", "Weber", "member", "masculine"),
    ("Nadia", "Benali", "member", "feminine"),
    ("Paul", "Lemaire", "member", "masculine"),
    ("Claire", "Fabre", "member", "feminine"),
]
MANDATE_START = datetime.date(2023, 6, 1)
# Each meeting: date, place, attendance by last name (the rest present), deliberations with
# the project's French slug, the amount, and the votes by last name (the rest for).
MEETINGS = [
    {
        "date": datetime.date(2024, 3, 14),
        "place": "Aix-en-Provence, siège de l’Association",
        "attendance": {"Fabre": ("excused", None), "Lemaire": ("represented", "Roux")},
        "deliberations": [
            {
                "project": "centre-de-la-jeunesse-masis",
                "question": "Soutenir le Centre de la jeunesse Aix-en-Provence à Masis",
                "amount": "3000.00",
                "votes": {"Benali": "abstain", "Petrossian": "not_taking_part"},
            }
        ],
    },
    {
        "date": datetime.date(2024, 9, 19),
        "place": "Aix-en-Provence, siège de l’Association",
        "attendance": {"Weber": ("excused", None), "Bianchi": ("absent", None)},
        "deliberations": [
            {
                "project": "echange-de-livres-aix-masis",
                "question": (
                    "Soutenir l’échange de livres entre les bibliothèques d’Aix et de Masis"
                ),
                "amount": "800.00",
                "votes": {"Lemaire": "against", "Fabre": "abstain"},
            }
        ],
    },
]

# The funding page (built by the core's demo) invites to propose a project with this box.
FUNDING_PAGE_SLUG = "financement-des-projets"
FUNDING_CALL_TO_ACTION = {
    "fr": {
        "title": "Vous avez un projet avec une ville jumelle ?",
        "text": "Présentez-le à l’Association : le Conseil d’administration l’examinera.",
        "button_label": "Proposer un projet",
    },
    "en": {
        "title": "Do you have a project with a twin city?",
        "text": "Present it to the association: the board of directors will examine it.",
        "button_label": "Propose a project",
    },
}
