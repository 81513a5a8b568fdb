"""Bilingual demo content (FR/EN) for the twin-city pages and the partners page."""

import datetime

CITIES = [
    {
        "key": "masis",
        "slug": {"fr": "masis", "en": "masis"},
        "title": {"fr": "Masis", "en": "Masis"},
        "country": {"fr": "Arménie", "en": "Armenia"},
        "region": {"fr": "", "en": ""},
        "population": 100000,
        "population_approximate": True,
        "agreement_kind": "twinning",
        "agreement_date": datetime.date(2024, 9, 1),
        "agreement_precision": "month",
        "latitude": 40.0672,
        "longitude": 44.4358,
        "intro": {
            "fr": (
                "Frontalière de la Turquie, la Communauté de communes de Masis regroupe "
                "26 villages et près de 100 000 habitants autour de la ville de Masis, "
                "à 18 km au sud-est d’Erevan. La Ville d’Aix-en-Provence a formalisé avec "
                "elle un accord de jumelage en septembre 2024."
            ),
            "en": (
                "Bordering Turkey, the Masis Community of Municipalities brings together "
                "26 villages and nearly 100,000 inhabitants around the town of Masis, "
                "18 km south-east of Yerevan. The City of Aix-en-Provence formalised a "
                "twinning agreement with it in September 2024."
            ),
        },
        "economic_sectors": {
            "fr": "Agriculture, pisciculture et industrie minière",
            "en": "Agriculture, fish farming and mining",
        },
        "schools_and_institutions": {
            "fr": (
                "33 écoles publiques, 2 écoles d’art et 1 école TUMO en construction "
                "(école gratuite en informatique et innovation)"
            ),
            "en": (
                "33 state schools, 2 art schools and 1 TUMO school under construction "
                "(a free school for computing and innovation)"
            ),
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>Dans le cadre de sa politique à l’international, la Ville a souhaité "
                    "nouer un nouveau partenariat en Arménie, pays auquel elle a déjà exprimé "
                    "plusieurs fois son amitié. Elle est d’ailleurs une des premières à avoir "
                    "reconnu le génocide arménien de 1915 et à y dédier un monument réalisé "
                    "par le sculpteur Toros, installé à la Rotonde.</p>",
                ),
                (
                    "paragraph",
                    "<p>Elle a ainsi formalisé en septembre 2024 un accord de jumelage avec "
                    "la Communauté de communes de Masis. Celle-ci regroupe 26 villages et "
                    "compte près de 100 000 habitants. Frontalière de la Turquie, elle se "
                    "structure autour de la ville principale de Masis, située à 18 km au "
                    "sud-est de la capitale Erevan. Aix et Masis partagent par ailleurs une "
                    "grande richesse historique et culturelle.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>As part of its international policy, the City of Aix-en-Provence "
                    "wished to form a new partnership in Armenia, a country to which it has "
                    "already expressed its friendship on several occasions. Aix was indeed "
                    "one of the first cities to recognise the 1915 Armenian genocide and to "
                    "dedicate a monument to it, created by the sculptor Toros and installed "
                    "at La Rotonde.</p>",
                ),
                (
                    "paragraph",
                    "<p>In September 2024 the City thus formalised a twinning agreement with "
                    "the Masis Community of Municipalities (Communauté de communes de Masis). "
                    "It brings together 26 villages and has nearly 100,000 inhabitants. "
                    "Bordering Turkey, it is organised around its main town, Masis, located "
                    "18 km south-east of the capital, Yerevan. Aix and Masis also share a "
                    "great historical and cultural wealth.</p>",
                ),
            ],
        },
        "milestones": [
            {
                "date": datetime.date(2023, 1, 1),
                "precision": "year",
                "end_year": 2024,
                "text": {
                    "fr": (
                        "déplacements officiels croisés en vue de la concrétisation d’un "
                        "nouvel accord de coopération décentralisée"
                    ),
                    "en": (
                        "reciprocal official visits with a view to concluding a new "
                        "decentralised cooperation agreement"
                    ),
                },
            },
            {
                "date": datetime.date(2024, 6, 1),
                "precision": "month",
                "end_year": None,
                "text": {
                    "fr": (
                        "inauguration à Masis du « Centre de la jeunesse Aix-en-Provence », "
                        "lieu de rencontres, de projections, de séminaires et de cours pour "
                        "les jeunes, inspiré par la visite du Repère Jeunesse à Aix"
                    ),
                    "en": (
                        "opening in Masis of the “Aix-en-Provence Youth Centre”, a venue for "
                        "meetings, screenings, seminars and classes for young people, "
                        "inspired by a visit to the Repère Jeunesse youth centre in Aix"
                    ),
                },
            },
            {
                "date": datetime.date(2024, 9, 1),
                "precision": "month",
                "end_year": None,
                "text": {
                    "fr": (
                        "organisation à Aix d’une Quinzaine de l’Arménie (cinéma, théâtre, "
                        "conférence, littérature, gastronomie, musique avec un concert "
                        "exceptionnel d’André Manoukian…) et accueil d’une délégation "
                        "officielle de Masis pour la signature officielle de jumelage"
                    ),
                    "en": (
                        "an Armenian Fortnight held in Aix (cinema, theatre, a lecture, "
                        "literature, gastronomy, music including an exceptional concert by "
                        "André Manoukian…) and reception of an official delegation from Masis "
                        "for the official signing of the twinning"
                    ),
                },
            },
            {
                "date": datetime.date(2024, 11, 1),
                "precision": "month",
                "end_year": None,
                "text": {
                    "fr": (
                        "échanges de livres en français et en arménien entre les "
                        "bibliothèques des deux villes"
                    ),
                    "en": (
                        "exchanges of books in French and Armenian between the libraries "
                        "of the two towns"
                    ),
                },
            },
            {
                "date": datetime.date(2025, 2, 1),
                "precision": "month",
                "end_year": None,
                "text": {
                    "fr": (
                        "participation de la Ville d’Aix à une mission organisée en Arménie "
                        "par le PNUD (Programme des Nations unies pour le Développement) afin "
                        "de collaborer sur l’insertion des populations réfugiées du "
                        "Haut-Karabagh"
                    ),
                    "en": (
                        "the City of Aix took part in a mission to Armenia organised by the "
                        "UNDP (United Nations Development Programme) to work together on "
                        "the integration of refugee populations from Nagorno-Karabakh"
                    ),
                },
            },
            {
                "date": datetime.date(2025, 7, 1),
                "precision": "month",
                "end_year": None,
                "text": {
                    "fr": (
                        "Aix-en-Provence est lauréate de l’Appel à projets Arménie 2025. "
                        "Soutenu par la DCTCIV (Délégation pour les collectivités "
                        "territoriales et la société civile), le projet pilote présenté par "
                        "la Ville va permettre d’intégrer les services de santé mentale dans "
                        "le système public de santé, en partenariat avec l’association "
                        "Médecins du Monde, le Centre hospitalier Montperrin et le CCAS "
                        "d’Aix-en-Provence"
                    ),
                    "en": (
                        "Aix-en-Provence is one of the winners of the Armenia 2025 call for "
                        "projects (Appel à projets Arménie 2025). Supported by the DCTCIV "
                        "(Delegation for Local Authorities and Civil Society), the pilot "
                        "project put forward by the City will make it possible to integrate "
                        "mental health services into the public health system, in "
                        "partnership with the association Médecins du Monde, the Montperrin "
                        "hospital (Centre hospitalier Montperrin) and the CCAS (municipal "
                        "social action centre) of Aix-en-Provence"
                    ),
                },
            },
        ],
    },
    {
        "key": "tubingen",
        "slug": {"fr": "tubingen", "en": "tubingen"},
        "title": {"fr": "Tübingen", "en": "Tübingen"},
        "country": {"fr": "Allemagne", "en": "Germany"},
        "region": {"fr": "Bade-Wurtemberg", "en": "Baden-Württemberg"},
        "population": None,
        "population_approximate": False,
        "agreement_kind": "twinning",
        "agreement_date": datetime.date(1960, 10, 20),
        "agreement_precision": "day",
        "latitude": 48.5216,
        "longitude": 9.0576,
        "intro": {
            "fr": (
                "Tübingen, dans le Bade-Wurtemberg, est liée à Aix-en-Provence depuis le "
                "20 octobre 1960. En septembre, des commerçants aixois y font la promotion "
                "de la culture et des produits provençaux lors du marché ombro-provençal."
            ),
            "en": (
                "Tübingen, in Baden-Württemberg, has been Aix-en-Provence’s partner city "
                "since 20 October 1960. Every September, traders from Aix promote "
                "Provençal culture and products there at the Ombro-Provençal market."
            ),
        },
        "economic_sectors": {"fr": "", "en": ""},
        "schools_and_institutions": {"fr": "", "en": ""},
        "body": {
            "fr": [
                ("heading", {"text": "Le marché ombro-provençal", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Organisé depuis 1995, le <strong>marché ombro-provençal</strong> "
                    "se tient en septembre à Tübingen. Des commerçants aixois y exportent "
                    "la culture provençale et font la promotion des produits de Provence, "
                    "en retour du Marché International des Villes Jumelles d’Aix.</p>",
                ),
                (
                    "heading",
                    {"text": "Le Marché International des Villes Jumelles", "size": "h2"},
                ),
                (
                    "paragraph",
                    "<p>Événement phare de l’Association des Jumelages, le Marché "
                    "International des Villes Jumelles (MIVJ) accueille à Aix-en-Provence, "
                    "chaque année en décembre depuis 1999, des artisans des villes jumelles "
                    "venus présenter produits du terroir et artisanat.</p>",
                ),
            ],
            "en": [
                ("heading", {"text": "The Ombro-Provençal market", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Held since 1995, the <strong>Ombro-Provençal market</strong> takes "
                    "place in Tübingen in September. Traders from Aix export Provençal "
                    "culture there and promote products from Provence, in return for the "
                    "Twin Cities’ International Market in Aix.</p>",
                ),
                ("heading", {"text": "The Twin Cities’ International Market", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The Twinning Association’s flagship event, the Twin Cities’ "
                    "International Market (MIVJ) has welcomed craftsmen from the twin "
                    "cities to Aix-en-Provence every December since 1999, with regional "
                    "specialities and crafts.</p>",
                ),
            ],
        },
        "milestones": [
            {
                "date": datetime.date(1960, 10, 20),
                "precision": "day",
                "end_year": None,
                "text": {
                    "fr": "début du partenariat entre Aix-en-Provence et Tübingen",
                    "en": "start of the partnership between Aix-en-Provence and Tübingen",
                },
            },
            {
                "date": datetime.date(1995, 1, 1),
                "precision": "year",
                "end_year": None,
                "text": {
                    "fr": "premier marché ombro-provençal à Tübingen",
                    "en": "first Ombro-Provençal market in Tübingen",
                },
            },
        ],
    },
    {
        "key": "perugia",
        "slug": {"fr": "perouse", "en": "perugia"},
        "title": {"fr": "Pérouse", "en": "Perugia"},
        "country": {"fr": "Italie", "en": "Italy"},
        "region": {"fr": "Ombrie", "en": "Umbria"},
        "population": None,
        "population_approximate": False,
        "agreement_kind": "twinning",
        "agreement_date": None,
        "agreement_precision": "",
        "latitude": 43.1107,
        "longitude": 12.3908,
        "intro": {
            "fr": (
                "Pérouse, en Ombrie, fait partie des villes jumelles d’Aix-en-Provence. "
                "Des commerçants aixois y exportent la culture provençale en mai, lors de "
                "Gemelle in Piazza, et à la Toussaint, lors de la Fiera dei morti."
            ),
            "en": (
                "Perugia, in Umbria, is one of Aix-en-Provence’s twin cities. Traders from "
                "Aix export Provençal culture there in May, at Gemelle in Piazza, and at "
                "All Saints’ Day, at the Fiera dei morti."
            ),
        },
        "economic_sectors": {"fr": "", "en": ""},
        "schools_and_institutions": {"fr": "", "en": ""},
        "body": {
            "fr": [
                ("heading", {"text": "Deux marchés à Pérouse", "size": "h2"}),
                (
                    "paragraph",
                    "<p>En retour du Marché International des Villes Jumelles d’Aix, des "
                    "commerçants aixois exportent la culture provençale et font la "
                    "promotion des produits de Provence à Pérouse lors de deux rendez-vous "
                    ":</p><ul><li><em>Gemelle in Piazza</em>, au mois de mai ;</li>"
                    "<li>la <em>Fiera dei morti</em>, pour la Toussaint.</li></ul>",
                ),
                (
                    "heading",
                    {"text": "Le Marché International des Villes Jumelles", "size": "h2"},
                ),
                (
                    "paragraph",
                    "<p>Événement phare de l’Association des Jumelages, le Marché "
                    "International des Villes Jumelles (MIVJ) accueille à Aix-en-Provence, "
                    "chaque année en décembre depuis 1999, des artisans des villes jumelles "
                    "venus présenter produits du terroir et artisanat.</p>",
                ),
            ],
            "en": [
                ("heading", {"text": "Two markets in Perugia", "size": "h2"}),
                (
                    "paragraph",
                    "<p>In return for the Twin Cities’ International Market in Aix, traders "
                    "from Aix export Provençal culture and promote products from Provence "
                    "in Perugia at two events:</p><ul><li><em>Gemelle in Piazza</em>, in "
                    "May;</li><li>the <em>Fiera dei morti</em>, at All Saints’ Day.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "The Twin Cities’ International Market", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The Twinning Association’s flagship event, the Twin Cities’ "
                    "International Market (MIVJ) has welcomed craftsmen from the twin "
                    "cities to Aix-en-Provence every December since 1999, with regional "
                    "specialities and crafts.</p>",
                ),
            ],
        },
        "milestones": [],
    },
]

INDEX = {
    "slug": {"fr": "villes-jumelles", "en": "twin-cities"},
    "title": {"fr": "Nos villes jumelles", "en": "Our twin cities"},
    "intro": {
        "fr": (
            "Découvrez les villes jumelles d’Aix-en-Provence. L’Association des Jumelages "
            "y met en contact les citoyens désireux de mieux se connaître, par des "
            "rencontres et des échanges scolaires, universitaires, culturels, sportifs, "
            "linguistiques ou économiques."
        ),
        "en": (
            "Discover Aix-en-Provence’s twin cities. The Twinning Association brings "
            "together citizens who wish to get to know each other better, through "
            "meetings and school, university, cultural, sporting, language or economic "
            "exchanges."
        ),
    },
    "seo_description": {
        "fr": (
            "Masis, Tübingen, Pérouse : les villes jumelles d’Aix-en-Provence et les "
            "échanges portés par l’Association des Jumelages."
        ),
        "en": (
            "Masis, Tübingen, Perugia: Aix-en-Provence’s twin cities and the exchanges "
            "run by the Twinning Association."
        ),
    },
}

PARTNERS_PAGE = {
    "slug": {"fr": "partenaires", "en": "partners"},
    "title": {"fr": "Partenaires", "en": "Partners"},
    "intro": {
        "fr": (
            "L’Association des Jumelages, à but non lucratif, est subventionnée par les "
            "collectivités. Voici les partenaires des actions de jumelage d’Aix-en-Provence, "
            "notamment de la coopération avec Masis, en Arménie."
        ),
        "en": (
            "The Twinning Association is a non-profit organisation financed by public "
            "subsidies. Here are the partners of Aix-en-Provence’s twinning activities, "
            "including the cooperation with Masis, in Armenia."
        ),
    },
    "seo_description": {
        "fr": (
            "Ville d’Aix-en-Provence, DCTCIV, PNUD, Médecins du Monde… Les partenaires des "
            "jumelages d’Aix-en-Provence et de la coopération avec Masis."
        ),
        "en": (
            "City of Aix-en-Provence, DCTCIV, UNDP, Médecins du Monde… The partners of "
            "Aix-en-Provence’s twinnings and of the cooperation with Masis."
        ),
    },
}

PARTNERS = [
    {
        "key": "ville_aix",
        "name": {"fr": "Ville d’Aix-en-Provence", "en": "City of Aix-en-Provence"},
        "kind": "funder",
        "twin_city": None,
        "main_funder": True,
        "website": "",
        "description": {
            "fr": (
                "La Ville d’Aix-en-Provence a formalisé en septembre 2024 l’accord de "
                "jumelage avec Masis et conduit cette coopération ; chaque 9 mai, la Fête "
                "de l’Europe se tient sous son égide."
            ),
            "en": (
                "The City of Aix-en-Provence formalised the twinning agreement with Masis "
                "in September 2024 and leads this cooperation; every 9 May, the Europe "
                "Festival is held under its auspices."
            ),
        },
    },
    {
        "key": "dctciv",
        "name": {
            "fr": "DCTCIV (Délégation pour les collectivités territoriales et la société civile)",
            "en": "DCTCIV (Delegation for Local Authorities and Civil Society)",
        },
        "kind": "funder",
        "twin_city": None,
        "main_funder": False,
        "website": "",
        "description": {
            "fr": (
                "La DCTCIV soutient le projet pilote de santé mentale présenté par la Ville "
                "d’Aix-en-Provence, lauréat de l’Appel à projets Arménie 2025."
            ),
            "en": (
                "The DCTCIV supports the mental health pilot project put forward by the City "
                "of Aix-en-Provence, a winner of the Armenia 2025 call for projects."
            ),
        },
    },
    {
        "key": "undp",
        "name": {
            "fr": "PNUD (Programme des Nations unies pour le développement)",
            "en": "UNDP (United Nations Development Programme)",
        },
        "kind": "institution",
        "twin_city": "masis",
        "main_funder": False,
        "website": "",
        "description": {
            "fr": (
                "En février 2025, la Ville d’Aix a participé à une mission organisée en "
                "Arménie par le PNUD afin de collaborer sur l’insertion des populations "
                "réfugiées du Haut-Karabagh."
            ),
            "en": (
                "In February 2025, the City of Aix took part in a mission to Armenia "
                "organised by the UNDP to work together on the integration of refugee "
                "populations from Nagorno-Karabakh."
            ),
        },
    },
    {
        "key": "medecins_du_monde",
        "name": {"fr": "Médecins du Monde", "en": "Médecins du Monde"},
        "kind": "ngo",
        "twin_city": None,
        "main_funder": False,
        "website": "",
        "description": {
            "fr": (
                "L’association Médecins du Monde est partenaire du projet pilote de la "
                "Ville visant à intégrer les services de santé mentale dans le système "
                "public de santé (Appel à projets Arménie 2025)."
            ),
            "en": (
                "The association Médecins du Monde is a partner in the City’s pilot "
                "project to integrate mental health services into the public health "
                "system (Armenia 2025 call for projects)."
            ),
        },
    },
    {
        "key": "ch_montperrin",
        "name": {"fr": "Centre hospitalier Montperrin", "en": "Montperrin Hospital"},
        "kind": "institution",
        "twin_city": None,
        "main_funder": False,
        "website": "",
        "description": {
            "fr": (
                "Le Centre hospitalier Montperrin est partenaire du projet pilote de la "
                "Ville visant à intégrer les services de santé mentale dans le système "
                "public de santé (Appel à projets Arménie 2025)."
            ),
            "en": (
                "Montperrin Hospital (Centre hospitalier Montperrin) is a partner in the "
                "City’s pilot project to integrate mental health services into the public "
                "health system (Armenia 2025 call for projects)."
            ),
        },
    },
    {
        "key": "ccas_aix",
        "name": {
            "fr": "CCAS d’Aix-en-Provence (Centre communal d’action sociale)",
            "en": "CCAS of Aix-en-Provence (municipal social action centre)",
        },
        "kind": "institution",
        "twin_city": None,
        "main_funder": False,
        "website": "",
        "description": {
            "fr": (
                "Le CCAS d’Aix-en-Provence est partenaire du projet pilote de la Ville "
                "visant à intégrer les services de santé mentale dans le système public de "
                "santé (Appel à projets Arménie 2025)."
            ),
            "en": (
                "The CCAS of Aix-en-Provence is a partner in the City’s pilot project to "
                "integrate mental health services into the public health system (Armenia "
                "2025 call for projects)."
            ),
        },
    },
    {
        "key": "tumo_masis",
        "name": {"fr": "École TUMO de Masis", "en": "TUMO School, Masis"},
        "kind": "school",
        "twin_city": "masis",
        "main_funder": False,
        "website": "",
        "description": {
            "fr": (
                "En construction à Masis, l’école TUMO est une école gratuite en "
                "informatique et innovation."
            ),
            "en": (
                "Under construction in Masis, the TUMO school is a free school for "
                "computing and innovation."
            ),
        },
    },
]
