"""Demo news posts, each telling a fact of the association's page on Masis (its text is
copied into partners/demo_texts.py) and nothing more. The sources give the month only: each
post is dated the last day of that month, as a post written once the month's events had
happened."""

import datetime

INDEX = {
    "slug": {"fr": "actualites", "en": "news"},
    "title": {"fr": "Actualités", "en": "News"},
    "intro": {
        "fr": (
            "Ce que l’Association et les villes jumelles ont fait ensemble, et ce qui se prépare."
        ),
        "en": "What the association and the twin cities have done together, and what is coming.",
    },
    "seo_description": {
        "fr": "Les actualités de l’Association des Jumelages d’Aix-en-Provence.",
        "en": "News from the Twinning Association of Aix-en-Provence.",
    },
}

POSTS = [
    {
        "slug": {"fr": "signature-du-jumelage-aix-masis", "en": "aix-masis-twinning-signed"},
        "title": {
            "fr": "Aix et Masis signent leur accord de jumelage",
            "en": "Aix and Masis sign their twinning agreement",
        },
        "date": datetime.date(2024, 9, 30),
        "event": "quinzaine-de-l-armenie",
        "project": None,
        "intro": {
            "fr": (
                "En septembre 2024, Aix a accueilli une délégation officielle de Masis pour la "
                "signature officielle du jumelage, pendant la Quinzaine de l’Arménie."
            ),
            "en": (
                "In September 2024, Aix welcomed an official delegation from Masis for the "
                "official signing of the twinning, during the Armenian Fortnight."
            ),
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>En septembre 2024, la Ville d’Aix a formalisé un accord de jumelage avec "
                    "la Communauté de communes de Masis, qui regroupe 26 villages et compte près "
                    "de 100 000 habitants. Une délégation officielle de Masis a été accueillie à "
                    "Aix pour la signature officielle.</p>"
                    "<p>Au même moment, Aix organisait une Quinzaine de l’Arménie : cinéma, "
                    "théâtre, conférence, littérature, gastronomie, musique avec un concert "
                    "exceptionnel d’André Manoukian.</p>",
                )
            ],
            "en": [
                (
                    "paragraph",
                    "<p>In September 2024, the City of Aix formalised a twinning agreement with "
                    "the Community of Communes of Masis, which brings together 26 villages and "
                    "nearly 100,000 inhabitants. An official delegation from Masis was welcomed "
                    "in Aix for the official signing.</p>"
                    "<p>At the same time, Aix held an Armenian Fortnight: cinema, theatre, a "
                    "lecture, literature, food, and music with an exceptional concert by André "
                    "Manoukian.</p>",
                )
            ],
        },
    },
    {
        "slug": {"fr": "livres-echanges-aix-masis", "en": "books-exchanged-aix-masis"},
        "title": {
            "fr": "Des livres échangés entre les bibliothèques d’Aix et de Masis",
            "en": "Books exchanged between the libraries of Aix and Masis",
        },
        "date": datetime.date(2024, 11, 30),
        "event": None,
        "project": "echange-de-livres-aix-masis",
        "intro": {
            "fr": (
                "En novembre 2024, des livres en français et en arménien ont été échangés entre "
                "les bibliothèques des deux villes."
            ),
            "en": (
                "In November 2024, books in French and Armenian were exchanged between the "
                "libraries of the two towns."
            ),
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>Deux mois après la signature du jumelage, les bibliothèques d’Aix et de "
                    "Masis ont échangé des livres en français et en arménien.</p>",
                )
            ],
            "en": [
                (
                    "paragraph",
                    "<p>Two months after the twinning was signed, the libraries of Aix and Masis "
                    "exchanged books in French and Armenian.</p>",
                )
            ],
        },
    },
    {
        "slug": {"fr": "sante-mentale-montperrin-masis", "en": "mental-health-montperrin-masis"},
        "title": {
            "fr": "Santé mentale : Aix lauréate de l’Appel à projets Arménie 2025",
            "en": "Mental health: Aix wins the Armenia 2025 call for projects",
        },
        "date": datetime.date(2025, 7, 31),
        "event": None,
        "project": "sante-mentale-masis-2025",
        "intro": {
            "fr": (
                "Soutenu par la DCTCIV, le projet pilote présenté par la Ville va permettre "
                "d’intégrer les services de santé mentale dans le système public de santé."
            ),
            "en": (
                "Supported by the DCTCIV, the pilot project put forward by the City will bring "
                "mental health services into the public health system."
            ),
        },
        "body": {
            "fr": [
                (
                    "paragraph",
                    "<p>En juillet 2025, Aix-en-Provence est lauréate de l’Appel à projets "
                    "Arménie 2025. Soutenu par la DCTCIV (Délégation pour les collectivités "
                    "territoriales et la société civile), le projet pilote présenté par la Ville "
                    "va permettre d’intégrer les services de santé mentale dans le système "
                    "public de santé, en partenariat avec l’association Médecins du Monde, le "
                    "Centre hospitalier Montperrin et le CCAS d’Aix-en-Provence.</p>",
                )
            ],
            "en": [
                (
                    "paragraph",
                    "<p>In July 2025, Aix-en-Provence won the Armenia 2025 call for projects. "
                    "Supported by the DCTCIV (the French delegation for local authorities and "
                    "civil society), the pilot project put forward by the City will bring mental "
                    "health services into the public health system, in partnership with Médecins "
                    "du Monde, the Montperrin hospital and the CCAS (social action centre) of "
                    "Aix-en-Provence.</p>",
                )
            ],
        },
    },
]

# Masis' timeline (partners/demo_texts.py) -> the page that tells of each milestone.
MILESTONE_LINKS = {
    (2024, 6): ("project", "centre-de-la-jeunesse-masis"),
    (2024, 9): ("news", "signature-du-jumelage-aix-masis"),
    (2024, 11): ("project", "echange-de-livres-aix-masis"),
    (2025, 7): ("project", "sante-mentale-masis-2025"),
}
