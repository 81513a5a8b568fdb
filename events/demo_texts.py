"""Bilingual demo content (FR/EN) for the events index and the association’s events."""

import datetime

INDEX = {
    "slug": {"fr": "evenements", "en": "events"},
    "title": {"fr": "Événements", "en": "Events"},
    "intro": {
        "fr": (
            "Marché International des Villes Jumelles, marchés à Tübingen et à Pérouse, "
            "Assogora, Fête de l’Europe : les rendez-vous de l’Association des Jumelages "
            "d’Aix-en-Provence, à Aix et dans les villes jumelles."
        ),
        "en": (
            "The Twin Cities’ International Market, markets in Tübingen and Perugia, "
            "Assogora, the Europe Festival: the Twinning Association of Aix-en-Provence’s "
            "events, in Aix and in the twin cities."
        ),
    },
    "seo_description": {
        "fr": (
            "Les événements de l’Association des Jumelages d’Aix-en-Provence : marchés des "
            "villes jumelles, Assogora, Fête de l’Europe et Quinzaine de l’Arménie."
        ),
        "en": (
            "Events of the Twinning Association of Aix-en-Provence: twin cities’ markets, "
            "Assogora, the Europe Festival and the Armenian Fortnight."
        ),
    },
}

EVENTS = [
    {
        "key": "mivj",
        "slug": {
            "fr": "marche-international-des-villes-jumelles",
            "en": "twin-cities-international-market",
        },
        "title": {
            "fr": "Marché International des Villes Jumelles",
            "en": "Twin Cities’ International Market",
        },
        "category": "market",
        "twin_cities": ["tubingen", "perugia"],
        "venue": "Aix-en-Provence",
        "address": "",
        "city": "Aix-en-Provence",
        "timezone": "Europe/Paris",
        "latitude": 43.5263,
        "longitude": 5.4454,
        "recurrence": "yearly_weekday",
        "intro": {
            "fr": (
                "Événement phare de l’Association des Jumelages, le Marché International des "
                "Villes Jumelles réunit chaque année à Aix-en-Provence, à l’approche de Noël, "
                "l’artisanat et les produits du terroir des villes jumelles."
            ),
            "en": (
                "The Twinning Association’s flagship event, the Twin Cities’ International "
                "Market brings craftsmen and regional products from the twin cities to "
                "Aix-en-Provence every December, as Christmas approaches."
            ),
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>Événement phare de l’Association des Jumelages, le <strong>Marché "
                    "International des Villes Jumelles</strong> (MIVJ) se tient chaque année "
                    "en décembre à Aix-en-Provence, à l’approche de Noël. Les différentes "
                    "villes jumelles y participent fidèlement depuis 1999.</p>",
                ),
                ("heading", {"text": "Produits du terroir et artisanat", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Un public chaque année plus nombreux vient y retrouver les produits "
                    "du terroir et l’artisanat des villes jumelles d’Aix-en-Provence.</p>",
                ),
                ("heading", {"text": "Des marchés en retour", "size": "h2"}),
                (
                    "paragraph",
                    "<p>En retour, des commerçants aixois exportent la culture provençale et "
                    "font la promotion des produits de Provence dans les villes jumelles "
                    ":</p><ul><li>le <em>marché ombro-provençal</em>, en septembre à "
                    "Tübingen ;</li><li><em>Gemelle in Piazza</em>, au mois de mai à "
                    "Pérouse ;</li><li>la <em>Fiera dei morti</em>, pour la Toussaint à "
                    "Pérouse.</li></ul>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The Twinning Association’s flagship event, the <strong>Twin Cities’ "
                    "International Market</strong> (MIVJ) takes place in Aix-en-Provence "
                    "every December, as Christmas approaches. Craftsmen from the twin cities "
                    "have been taking part faithfully since 1999.</p>",
                ),
                ("heading", {"text": "Regional products and crafts", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Each year an ever-growing number of visitors comes to find regional "
                    "specialities and crafts from Aix-en-Provence’s twin cities.</p>",
                ),
                ("heading", {"text": "Markets in return", "size": "h2"}),
                (
                    "paragraph",
                    "<p>In return, traders from Aix export Provençal culture, arts and "
                    "crafts and promote products from Provence in the twin cities:</p>"
                    "<ul><li>the <em>Ombro-Provençal market</em>, in September in "
                    "Tübingen;</li><li><em>Gemelle in Piazza</em>, in May in Perugia;</li>"
                    "<li>the <em>Fiera dei morti</em>, at All Saints’ Day in Perugia.</li>"
                    "</ul>",
                ),
            ],
        },
        "seo_description": {
            "fr": (
                "Marché International des Villes Jumelles à Aix-en-Provence : produits du "
                "terroir et artisanat des villes jumelles, chaque décembre depuis 1999."
            ),
            "en": (
                "Twin Cities’ International Market in Aix-en-Provence: regional products and "
                "crafts from the twin cities, every December since 1999."
            ),
        },
        "editor_note": (
            "Jours exacts non précisés par les sources (seulement « chaque année en décembre, "
            "à l’approche de Noël ») : premier week-end de décembre (samedi et dimanche), en "
            "journée entière, retenu pour la démo. Lieu précis dans Aix non précisé. À "
            "remplacer par les dates réelles de chaque édition."
        ),
        "occurrences": [
            {
                "start": datetime.date(2024, 12, 7),
                "end": datetime.date(2024, 12, 8),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2025, 12, 6),
                "end": datetime.date(2025, 12, 7),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2026, 12, 5),
                "end": datetime.date(2026, 12, 6),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2027, 12, 4),
                "end": datetime.date(2027, 12, 5),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
        ],
    },
    {
        "key": "ombro_provencal",
        "slug": {
            "fr": "marche-ombro-provencal-tubingen",
            "en": "ombro-provencal-market-tubingen",
        },
        "title": {"fr": "Marché ombro-provençal", "en": "Ombro-Provençal Market"},
        "category": "market",
        "twin_cities": ["tubingen"],
        "venue": "Tübingen",
        "address": "",
        "city": "Tübingen",
        "timezone": "Europe/Berlin",
        "latitude": 48.5216,
        "longitude": 9.0576,
        "recurrence": "yearly_weekday",
        "intro": {
            "fr": (
                "Chaque année en septembre, des commerçants aixois font la promotion de la "
                "culture et des produits provençaux à Tübingen, en Allemagne, lors du marché "
                "ombro-provençal."
            ),
            "en": (
                "Every September, traders from Aix promote Provençal culture and products in "
                "Tübingen, Germany, at the Ombro-Provençal market."
            ),
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>Organisé depuis 1995, le <strong>marché ombro-provençal</strong> se "
                    "tient chaque année en septembre à Tübingen, ville jumelle "
                    "d’Aix-en-Provence en Allemagne. Des commerçants aixois y exportent la "
                    "culture provençale et font la promotion des produits de Provence.</p>",
                ),
                (
                    "heading",
                    {"text": "En retour du Marché International des Villes Jumelles", "size": "h2"},
                ),
                (
                    "paragraph",
                    "<p>Ce marché est l’un des rendez-vous organisés en retour du Marché "
                    "International des Villes Jumelles, événement phare de l’Association des "
                    "Jumelages, qui accueille chaque année en décembre à Aix-en-Provence "
                    "l’artisanat et les produits du terroir des villes jumelles.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>Held since 1995, the <strong>Ombro-Provençal market</strong> takes "
                    "place every September in Tübingen, Aix-en-Provence’s twin city in "
                    "Germany. Traders from Aix export Provençal culture, arts and crafts "
                    "there and promote products from Provence.</p>",
                ),
                (
                    "heading",
                    {"text": "In return for the Twin Cities’ International Market", "size": "h2"},
                ),
                (
                    "paragraph",
                    "<p>This market is one of the events held in return for the Twin Cities’ "
                    "International Market, the Twinning Association’s flagship event, which "
                    "brings craftsmen and regional products from the twin cities to "
                    "Aix-en-Provence every December.</p>",
                ),
            ],
        },
        "seo_description": {
            "fr": (
                "Marché ombro-provençal à Tübingen : chaque septembre depuis 1995, des "
                "commerçants aixois y font découvrir la culture et les produits provençaux."
            ),
            "en": (
                "Ombro-Provençal market in Tübingen: every September since 1995, traders from "
                "Aix share Provençal culture and products."
            ),
        },
        "editor_note": (
            "Jours exacts non précisés par les sources (seulement « en septembre à Tübingen ») "
            ": deuxième week-end de septembre (du vendredi au dimanche), en journée entière, "
            "retenu pour la démo. Lieu précis dans Tübingen non précisé. L’année de création "
            "(1995) est un fait communiqué par l’association."
        ),
        "occurrences": [
            {
                "start": datetime.date(2024, 9, 13),
                "end": datetime.date(2024, 9, 15),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2025, 9, 12),
                "end": datetime.date(2025, 9, 14),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2026, 9, 11),
                "end": datetime.date(2026, 9, 13),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2027, 9, 10),
                "end": datetime.date(2027, 9, 12),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
        ],
    },
    {
        "key": "gemelle_in_piazza",
        "slug": {"fr": "gemelle-in-piazza-perouse", "en": "gemelle-in-piazza-perugia"},
        "title": {"fr": "Gemelle in Piazza", "en": "Gemelle in Piazza"},
        "category": "market",
        "twin_cities": ["perugia"],
        "venue": "Perugia",
        "address": "",
        "city": "Perugia",
        "timezone": "Europe/Rome",
        "latitude": 43.1107,
        "longitude": 12.3908,
        "recurrence": "yearly_weekday",
        "intro": {
            "fr": (
                "Chaque année au mois de mai, des commerçants aixois exportent la culture "
                "provençale à Pérouse, en Italie, lors du marché Gemelle in Piazza."
            ),
            "en": (
                "Every May, traders from Aix bring Provençal culture to Perugia, Italy, at "
                "the Gemelle in Piazza market."
            ),
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>Au mois de mai, le marché <strong><em>Gemelle in Piazza</em></strong> "
                    "accueille à Pérouse, ville jumelle d’Aix-en-Provence en Italie, des "
                    "commerçants aixois qui y exportent la culture provençale et font la "
                    "promotion des produits de Provence.</p>",
                ),
                ("heading", {"text": "Deux marchés à Pérouse", "size": "h2"}),
                (
                    "paragraph",
                    "<p>En retour du Marché International des Villes Jumelles d’Aix, les "
                    "commerçants aixois sont présents à Pérouse lors de deux rendez-vous "
                    ":</p><ul><li><em>Gemelle in Piazza</em>, au mois de mai ;</li><li>la "
                    "<em>Fiera dei morti</em>, pour la Toussaint.</li></ul>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>In May, the <strong><em>Gemelle in Piazza</em></strong> market "
                    "welcomes traders from Aix to Perugia, Aix-en-Provence’s twin city in "
                    "Italy, where they export Provençal culture, arts and crafts and promote "
                    "products from Provence.</p>",
                ),
                ("heading", {"text": "Two markets in Perugia", "size": "h2"}),
                (
                    "paragraph",
                    "<p>In return for the Twin Cities’ International Market in Aix, traders "
                    "from Aix take part in two events in Perugia:</p><ul><li><em>Gemelle in "
                    "Piazza</em>, in May;</li><li>the <em>Fiera dei morti</em>, at All "
                    "Saints’ Day.</li></ul>",
                ),
            ],
        },
        "seo_description": {
            "fr": (
                "Gemelle in Piazza à Pérouse : chaque année en mai, des commerçants aixois y "
                "font la promotion de la culture et des produits provençaux."
            ),
            "en": (
                "Gemelle in Piazza in Perugia: every May, traders from Aix promote Provençal "
                "culture and products in Aix-en-Provence’s Italian twin city."
            ),
        },
        "editor_note": (
            "Jours exacts non précisés par les sources (seulement « au mois de mai » à "
            "Perugia) : troisième week-end de mai (samedi et dimanche), en journée entière, "
            "retenu pour la démo. Lieu précis dans Pérouse non précisé."
        ),
        "occurrences": [
            {
                "start": datetime.date(2024, 5, 18),
                "end": datetime.date(2024, 5, 19),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2025, 5, 17),
                "end": datetime.date(2025, 5, 18),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2026, 5, 16),
                "end": datetime.date(2026, 5, 17),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2027, 5, 15),
                "end": datetime.date(2027, 5, 16),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
        ],
    },
    {
        "key": "fiera_dei_morti",
        "slug": {"fr": "fiera-dei-morti-perouse", "en": "fiera-dei-morti-perugia"},
        "title": {"fr": "Fiera dei morti", "en": "Fiera dei morti"},
        "category": "market",
        "twin_cities": ["perugia"],
        "venue": "Perugia",
        "address": "",
        "city": "Perugia",
        "timezone": "Europe/Rome",
        "latitude": 43.1107,
        "longitude": 12.3908,
        "recurrence": "yearly_date",
        "intro": {
            "fr": (
                "Pour la Toussaint, des commerçants aixois font la promotion de la culture et "
                "des produits provençaux à Pérouse, en Italie, lors de la Fiera dei morti."
            ),
            "en": (
                "At All Saints’ Day, traders from Aix promote Provençal culture and products "
                "in Perugia, Italy, at the Fiera dei morti."
            ),
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>Pour la Toussaint, la <strong><em>Fiera dei morti</em></strong> "
                    "accueille à Pérouse, ville jumelle d’Aix-en-Provence en Italie, des "
                    "commerçants aixois qui y exportent la culture provençale et font la "
                    "promotion des produits de Provence.</p>",
                ),
                ("heading", {"text": "Deux marchés à Pérouse", "size": "h2"}),
                (
                    "paragraph",
                    "<p>En retour du Marché International des Villes Jumelles d’Aix, les "
                    "commerçants aixois sont présents à Pérouse lors de deux rendez-vous "
                    ":</p><ul><li><em>Gemelle in Piazza</em>, au mois de mai ;</li><li>la "
                    "<em>Fiera dei morti</em>, pour la Toussaint.</li></ul>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>At All Saints’ Day, the <strong><em>Fiera dei morti</em></strong> "
                    "welcomes traders from Aix to Perugia, Aix-en-Provence’s twin city in "
                    "Italy, where they export Provençal culture, arts and crafts and promote "
                    "products from Provence.</p>",
                ),
                ("heading", {"text": "Two markets in Perugia", "size": "h2"}),
                (
                    "paragraph",
                    "<p>In return for the Twin Cities’ International Market in Aix, traders "
                    "from Aix take part in two events in Perugia:</p><ul><li><em>Gemelle in "
                    "Piazza</em>, in May;</li><li>the <em>Fiera dei morti</em>, at All "
                    "Saints’ Day.</li></ul>",
                ),
            ],
        },
        "seo_description": {
            "fr": (
                "Fiera dei morti à Pérouse : pour la Toussaint, des commerçants aixois y font "
                "la promotion de la culture et des produits provençaux."
            ),
            "en": (
                "Fiera dei morti in Perugia: at All Saints’ Day, traders from Aix promote "
                "Provençal culture and products in Aix-en-Provence’s Italian twin city."
            ),
        },
        "editor_note": (
            "Dates exactes non précisées par les sources (seulement « pour la Toussaint » à "
            "Perugia) : du 1er au 4 novembre, chaque année aux mêmes dates, en journée "
            "entière, retenu pour la démo. Lieu précis dans Pérouse non précisé."
        ),
        "occurrences": [
            {
                "start": datetime.date(2024, 11, 1),
                "end": datetime.date(2024, 11, 4),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2025, 11, 1),
                "end": datetime.date(2025, 11, 4),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2026, 11, 1),
                "end": datetime.date(2026, 11, 4),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2027, 11, 1),
                "end": datetime.date(2027, 11, 4),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
        ],
    },
    {
        "key": "assogora",
        "slug": {"fr": "assogora", "en": "assogora"},
        "title": {"fr": "Assogora", "en": "Assogora"},
        "category": "forum",
        "twin_cities": [],
        "venue": "Cours Mirabeau",
        "address": "",
        "city": "Aix-en-Provence",
        "timezone": "Europe/Paris",
        "latitude": 43.5262,
        "longitude": 5.4475,
        "recurrence": "yearly_weekday",
        "intro": {
            "fr": (
                "Rendez-vous incontournable, Assogora, le forum des associations "
                "d’Aix-en-Provence, se tient chaque année en septembre sur le Cours Mirabeau. "
                "L’Association des Jumelages y est présente pour rencontrer et informer le "
                "public."
            ),
            "en": (
                "Assogora, the major associations forum in Aix-en-Provence, takes place every "
                "September on the Cours Mirabeau. The Twinning Association is always there to "
                "meet, inform and advise citizens."
            ),
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>Rendez-vous incontournable, <strong>Assogora</strong>, le grand forum "
                    "des associations d’Aix-en-Provence, a lieu chaque année en septembre sur "
                    "le Cours Mirabeau. L’Association des Jumelages est présente chaque année "
                    "à cette importante manifestation.</p>",
                ),
                ("heading", {"text": "Notre stand", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Cette journée donne l’occasion de rencontrer, informer et renseigner "
                    "le public sur les projets présents et à venir de l’association.</p>",
                ),
                (
                    "paragraph",
                    "<p>Les manifestations du jumelage concernent toutes les personnes ou "
                    "associations qui s’intéressent aux échanges scolaires, universitaires, "
                    "culturels, sportifs, linguistiques, économiques… L’association, à but "
                    "non lucratif, fonctionne grâce au dynamisme et au dévouement des "
                    "bénévoles.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p><strong>Assogora</strong>, the major associations forum in "
                    "Aix-en-Provence, takes place every September on the Cours Mirabeau. The "
                    "Twinning Association is represented at this important event every "
                    "year.</p>",
                ),
                ("heading", {"text": "Our stand", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The day is an opportunity to meet, inform and advise citizens on the "
                    "association’s current and future projects.</p>",
                ),
                (
                    "paragraph",
                    "<p>The twinning events concern everyone, individuals or associations, "
                    "interested in school, university, cultural, sporting, language or "
                    "economic exchanges… A non-profit organisation, the association relies "
                    "on the energy and dedication of its volunteers.</p>",
                ),
            ],
        },
        "seo_description": {
            "fr": (
                "Assogora, forum des associations d’Aix-en-Provence, chaque septembre sur le "
                "Cours Mirabeau : venez rencontrer l’Association des Jumelages."
            ),
            "en": (
                "Assogora, Aix-en-Provence’s associations forum, every September on the Cours "
                "Mirabeau: come and meet the Twinning Association."
            ),
        },
        "editor_note": (
            "Date et horaires non précisés par les sources (seulement « chaque année, en "
            "septembre sur le Cours Mirabeau ») : deuxième dimanche de septembre, de 10 h à "
            "18 h, retenu pour la démo. À remplacer par la date et les horaires annoncés par "
            "la Ville pour chaque édition."
        ),
        "occurrences": [
            {
                "start": datetime.date(2024, 9, 8),
                "end": None,
                "all_day": False,
                "start_time": datetime.time(10, 0),
                "end_time": datetime.time(18, 0),
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2025, 9, 14),
                "end": None,
                "all_day": False,
                "start_time": datetime.time(10, 0),
                "end_time": datetime.time(18, 0),
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2026, 9, 13),
                "end": None,
                "all_day": False,
                "start_time": datetime.time(10, 0),
                "end_time": datetime.time(18, 0),
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2027, 9, 12),
                "end": None,
                "all_day": False,
                "start_time": datetime.time(10, 0),
                "end_time": datetime.time(18, 0),
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
        ],
    },
    {
        "key": "fete_europe",
        "slug": {"fr": "fete-de-l-europe", "en": "europe-festival"},
        "title": {"fr": "Fête de l’Europe", "en": "Europe Festival"},
        "category": "festival",
        "twin_cities": ["tubingen", "perugia"],
        "venue": "Aix-en-Provence",
        "address": "",
        "city": "Aix-en-Provence",
        "timezone": "Europe/Paris",
        "latitude": 43.5263,
        "longitude": 5.4454,
        "recurrence": "yearly_date",
        "intro": {
            "fr": (
                "Chaque 9 mai, sous l’égide de la Ville d’Aix, la Fête de l’Europe commémore "
                "la déclaration de Robert Schuman. L’Association des Jumelages y tient un "
                "stand aux côtés des associations représentant l’Europe."
            ),
            "en": (
                "Every 9 May, the City of Aix-en-Provence commemorates Robert Schuman’s "
                "declaration with the Europe Festival. The Twinning Association represents "
                "the European twin cities there."
            ),
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>Le 9 mai, tous les ans, les pays de l’Union européenne célèbrent "
                    "l’Europe en commémorant la <strong>déclaration de Robert "
                    "Schuman</strong>, qui a institué l’Europe telle que nous la connaissons "
                    "aujourd’hui. À Aix-en-Provence, la Fête de l’Europe se tient sous "
                    "l’égide de la Ville.</p>",
                ),
                ("heading", {"text": "Le stand des jumelages", "size": "h2"}),
                (
                    "paragraph",
                    "<p>L’Association des Jumelages y tient un stand aux côtés des "
                    "différentes associations représentant l’Europe et y représente les "
                    "villes jumelles européennes d’Aix-en-Provence.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>Every year on 9 May, the countries of the European Union celebrate "
                    "Europe and commemorate <strong>Robert Schuman’s declaration</strong>, "
                    "which founded the Europe we know today. In Aix-en-Provence, the Europe "
                    "Festival is organised by the City.</p>",
                ),
                ("heading", {"text": "The twinning stand", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The Twinning Association holds a stand alongside the various "
                    "associations representing Europe and represents Aix-en-Provence’s "
                    "European twin cities.</p>",
                ),
            ],
        },
        "seo_description": {
            "fr": (
                "Fête de l’Europe à Aix-en-Provence, chaque 9 mai : l’Association des "
                "Jumelages y représente les villes jumelles européennes."
            ),
            "en": (
                "Europe Festival in Aix-en-Provence, every 9 May: the Twinning Association "
                "represents the European twin cities."
            ),
        },
        "editor_note": (
            "Date fixe donnée par les sources : le 9 mai de chaque année. Lieu précis et "
            "horaires non précisés par les sources : journée entière à Aix-en-Provence "
            "retenue pour la démo."
        ),
        "occurrences": [
            {
                "start": datetime.date(2024, 5, 9),
                "end": None,
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2025, 5, 9),
                "end": None,
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2026, 5, 9),
                "end": None,
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
            {
                "start": datetime.date(2027, 5, 9),
                "end": None,
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
        ],
    },
    {
        "key": "quinzaine_armenie",
        "slug": {"fr": "quinzaine-de-l-armenie", "en": "armenian-fortnight"},
        "title": {"fr": "Quinzaine de l’Arménie", "en": "Armenian Fortnight"},
        "category": "festival",
        "twin_cities": ["masis"],
        "venue": "Aix-en-Provence",
        "address": "",
        "city": "Aix-en-Provence",
        "timezone": "Europe/Paris",
        "latitude": 43.5263,
        "longitude": 5.4454,
        "recurrence": "",
        "intro": {
            "fr": (
                "En septembre 2024, Aix-en-Provence a organisé une Quinzaine de l’Arménie "
                "(cinéma, théâtre, conférence, littérature, gastronomie, musique) et accueilli "
                "une délégation officielle de Masis pour la signature du jumelage."
            ),
            "en": (
                "In September 2024, Aix-en-Provence held an Armenian Fortnight (cinema, "
                "theatre, a lecture, literature, gastronomy, music) and welcomed an official "
                "delegation from Masis for the signing of the twinning."
            ),
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>Dans le cadre de sa politique à l’international, la Ville "
                    "d’Aix-en-Provence a formalisé en septembre 2024 un accord de jumelage "
                    "avec la Communauté de communes de Masis, en Arménie, qui regroupe 26 "
                    "villages et près de 100 000 habitants. Ce même mois, elle a organisé à "
                    "Aix une <strong>Quinzaine de l’Arménie</strong>.</p>",
                ),
                ("heading", {"text": "Au programme", "size": "h2"}),
                (
                    "paragraph",
                    "<p>La Quinzaine proposait notamment :</p><ul><li>du cinéma ;</li>"
                    "<li>du théâtre ;</li><li>une conférence ;</li><li>de la littérature "
                    ";</li><li>de la gastronomie ;</li><li>de la musique, avec un "
                    "<strong>concert exceptionnel d’André Manoukian</strong>.</li></ul>",
                ),
                ("heading", {"text": "La signature du jumelage", "size": "h2"}),
                (
                    "paragraph",
                    "<p>En septembre 2024, Aix a également accueilli une délégation "
                    "officielle de Masis pour la signature officielle du jumelage entre les "
                    "deux territoires.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>As part of its international policy, the City of Aix-en-Provence "
                    "formalised a twinning agreement in September 2024 with the Masis "
                    "Community of Municipalities in Armenia, which brings together 26 "
                    "villages and nearly 100,000 inhabitants. That same month, it held an "
                    "<strong>Armenian Fortnight</strong> in Aix.</p>",
                ),
                ("heading", {"text": "Programme", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The Fortnight’s programme included:</p><ul><li>cinema;</li>"
                    "<li>theatre;</li><li>a lecture;</li><li>literature;</li>"
                    "<li>gastronomy;</li><li>music, with an <strong>exceptional concert by "
                    "André Manoukian</strong>.</li></ul>",
                ),
                ("heading", {"text": "The twinning signing", "size": "h2"}),
                (
                    "paragraph",
                    "<p>In September 2024, Aix also welcomed an official delegation from "
                    "Masis for the official signing of the twinning between the two "
                    "territories.</p>",
                ),
            ],
        },
        "seo_description": {
            "fr": (
                "Quinzaine de l’Arménie à Aix-en-Provence, septembre 2024 : cinéma, théâtre, "
                "musique avec André Manoukian et signature du jumelage avec Masis."
            ),
            "en": (
                "Armenian Fortnight in Aix-en-Provence, September 2024: cinema, theatre, music "
                "with André Manoukian and the twinning signing with Masis."
            ),
        },
        "editor_note": (
            "Dates exactes non précisées par les sources (seulement « septembre 2024 ») : du "
            "14 au 29 septembre 2024, en journée entière, retenu pour la démo. Les dates, "
            "lieux et horaires de chaque rendez-vous (dont le concert d’André Manoukian et la "
            "signature du jumelage) ne sont pas donnés par les sources. Événement ponctuel, "
            "sans récurrence."
        ),
        "occurrences": [
            {
                "start": datetime.date(2024, 9, 14),
                "end": datetime.date(2024, 9, 29),
                "all_day": True,
                "start_time": None,
                "end_time": None,
                "note": {"fr": "", "en": ""},
                "status": "scheduled",
            },
        ],
    },
]
