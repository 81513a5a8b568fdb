"""Bilingual (French/English) demo texts for the first pages of the site."""

# The association's name and legal form, as its own texts give them. The rest of the legal
# notice (registration number, publication director, host) is not in the sources: empty.
PUBLISHER = {
    "name": "Association des Jumelages d’Aix-en-Provence",
    "legal_form": {"fr": "association à but non lucratif", "en": "non-profit association"},
}

HOME = {
    "title": {"fr": "Accueil", "en": "Home"},
    "hero_heading": {
        "fr": "Rapprocher les citoyens d’Aix-en-Provence et de ses villes jumelles",
        "en": "Bringing the people of Aix-en-Provence and its twin cities together",
    },
    "hero_text": {
        "fr": (
            "L’Association des Jumelages d’Aix-en-Provence met en contact les citoyens et les "
            "groupes désireux de mieux se connaître, en organisant des rencontres et des échanges "
            "avec nos villes jumelles."
        ),
        "en": (
            "The Association des Jumelages d’Aix-en-Provence brings together citizens and groups "
            "who wish to get to know one another better, through meetings and exchanges with our "
            "twin cities."
        ),
    },
    "mission_heading": {"fr": "Notre mission", "en": "Our mission"},
    "mission": {
        "fr": (
            "<p>L’objectif du jumelage est de faire participer les citoyens aux actions menées. "
            "Nos rencontres et nos échanges concernent toutes les personnes et associations qui "
            "s’intéressent aux échanges scolaires, universitaires, culturels, sportifs, "
            "linguistiques et économiques.</p>"
            "<p>Association à but non lucratif, subventionnée par les collectivités, "
            "l’Association des Jumelages apporte un soutien logistique et financier aux projets "
            "d’échange mutuel et concret avec une ville jumelle. Elle fonctionne grâce au "
            "dynamisme et au dévouement de ses bénévoles.</p>"
            "<p>Chaque année, retrouvez-nous au <strong>Marché International des Villes "
            "Jumelles</strong> en décembre, à <strong>Assogora</strong> en septembre sur le Cours "
            "Mirabeau et à la <strong>Fête de l’Europe</strong> le 9 mai.</p>"
        ),
        "en": (
            "<p>The aim of twinning is to involve citizens in the actions we carry out. Our "
            "meetings and exchanges are open to all people and associations interested in school, "
            "university, cultural, sports, language and economic exchanges.</p>"
            "<p>As a non-profit association financed by public subsidies from local authorities, "
            "the Twinning Association provides logistic and financial support to concrete, mutual "
            "exchange projects with a twin city. It runs thanks to the energy and dedication of "
            "its volunteers.</p>"
            "<p>Every year, come and meet us at the <strong>Twin Cities’ International "
            "Market</strong> in December, at <strong>Assogora</strong> in September on the Cours "
            "Mirabeau and at the <strong>Europe Festival</strong> on 9 May.</p>"
        ),
    },
    "seo_description": {
        "fr": (
            "Association des Jumelages d’Aix-en-Provence : rencontres et échanges entre les "
            "citoyens d’Aix et de ses villes jumelles, soutien aux projets."
        ),
        "en": (
            "Twinning Association of Aix-en-Provence: meetings and exchanges between the people "
            "of Aix and its twin cities, and support for exchange projects."
        ),
    },
}

PAGES = {
    "about": {
        "slug": {"fr": "a-propos", "en": "about-us"},
        "title": {"fr": "Notre rôle et nos engagements", "en": "Our role and commitments"},
        "intro": {
            "fr": (
                "Mettre en contact les citoyens et les groupes désireux de mieux se connaître, en "
                "organisant des rencontres et des échanges avec nos villes jumelles."
            ),
            "en": (
                "Bringing together citizens and groups who wish to get to know one another "
                "better, by organising meetings and exchanges with our twin cities."
            ),
        },
        "seo_description": {
            "fr": (
                "Le rôle et les engagements de l’Association des Jumelages d’Aix-en-Provence, et "
                "ses temps forts : MIVJ, Assogora, Fête de l’Europe."
            ),
            "en": (
                "The role and commitments of the Twinning Association of Aix-en-Provence, and its "
                "highlights: Twin Cities’ International Market, Assogora, Europe Festival."
            ),
        },
        "body": {
            "fr": [
                ("heading", {"text": "Notre rôle", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Notre rôle est avant tout de mettre en contact les groupes de citoyens et "
                    "les personnes désireux de mieux se connaître, en organisant notamment des "
                    "rencontres et des échanges.</p>"
                    "<p>Aujourd’hui, les manifestations du jumelage concernent toutes les "
                    "personnes ou associations qui s’intéressent aux échanges scolaires, "
                    "universitaires, culturels, sportifs, linguistiques, économiques…</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "L’objectif du jumelage est de faire participer les citoyens aux "
                            "actions menées."
                        ),
                        "attribution": "Association des Jumelages d’Aix-en-Provence",
                    },
                ),
                ("heading", {"text": "Nos engagements", "size": "h2"}),
                (
                    "paragraph",
                    "<p>L’Association, à but non lucratif, n’a pas vocation à se substituer à des "
                    "professionnels, dans quelque domaine que ce soit. Elle fonctionne grâce au "
                    "dynamisme et au dévouement des <strong>bénévoles</strong>.</p>",
                ),
                ("heading", {"text": "Les temps forts de l’année", "size": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Marché International des Villes Jumelles (MIVJ)</strong> : "
                    "événement phare de l’Association, il se tient chaque année en décembre, à "
                    "l’approche de Noël, à Aix-en-Provence. Il attire un public de plus en plus "
                    "nombreux, venu retrouver les produits du terroir et l’artisanat des villes "
                    "jumelles qui participent fidèlement à ce marché depuis 1999.</li>"
                    "<li><strong>Nos marchés dans les villes jumelles</strong> : en retour, nos "
                    "commerçants aixois exportent la culture provençale et font la promotion de "
                    "nos produits dans nos villes jumelles, lors du marché Ombro-Provençal en "
                    "septembre à Tübingen (Allemagne), de Gemelle in Piazza au mois de mai et de "
                    "la Fiera dei morti pour la Toussaint à Perugia (Italie).</li>"
                    "<li><strong>Assogora</strong> : rendez-vous incontournable, ce grand forum "
                    "des associations d’Aix-en-Provence a lieu chaque année en septembre sur le "
                    "Cours Mirabeau. L’Association des Jumelages y est toujours présente : cette "
                    "journée est l’occasion de rencontrer, d’informer et de renseigner le public "
                    "sur nos projets présents et à venir.</li>"
                    "<li><strong>Fête de l’Europe</strong> : sous l’égide de la Ville d’Aix, le "
                    "9 mai de chaque année, les pays de l’Union européenne célèbrent l’Europe en "
                    "commémorant la déclaration de Robert Schuman, à l’origine de l’Europe telle "
                    "que nous la connaissons aujourd’hui. L’Association des Jumelages y tient un "
                    "stand aux côtés des associations représentant l’Europe et y représente nos "
                    "villes jumelles européennes.</li>"
                    "</ul>"
                    "<p><strong>Et aussi :</strong> concerts, aéromodélisme, photographie, "
                    "randonnée, échanges sportifs, échanges entre seniors, échanges scolaires et "
                    "universitaires, rencontres économiques…</p>",
                ),
                (
                    "call_to_action",
                    {
                        "title": "Vous avez un projet d’échange ?",
                        "text": (
                            "L’Association apporte un soutien logistique et financier aux projets "
                            "d’échange mutuel et concret avec une ville jumelle."
                        ),
                        "page": "funding",
                        "url": "",
                        "button_label": "Découvrir le financement des projets",
                    },
                ),
            ],
            "en": [
                ("heading", {"text": "Our role", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Our role is first and foremost to bring together groups of citizens and "
                    "individuals who wish to get to know one another better, in particular by "
                    "organising meetings and exchanges.</p>"
                    "<p>Today, our twinning events concern everyone, individuals and "
                    "associations alike, with an interest in school, university, cultural, "
                    "sports, language or economic exchanges…</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Our goals are to involve citizens through gatherings and events, in "
                            "order to promote mutual understanding."
                        ),
                        "attribution": "Association des Jumelages d’Aix-en-Provence",
                    },
                ),
                ("heading", {"text": "Our commitments", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Our association is non-profit-making and is not meant to replace "
                    "professionals in any field whatsoever. It runs thanks to the energy and "
                    "dedication of its <strong>volunteers</strong>.</p>",
                ),
                ("heading", {"text": "Highlights of the year", "size": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Twin Cities’ International Market (MIVJ)</strong>: the "
                    "association’s major event of the year, held every December in "
                    "Aix-en-Provence as Christmas approaches. Since 1999 it has brought together "
                    "craftspeople from our twin cities, and each year an ever-growing number of "
                    "visitors come to discover their regional specialities and crafts.</li>"
                    "<li><strong>Our markets in the twin cities</strong>: in return, traders "
                    "from Aix export Provençal culture, arts and crafts and promote our products "
                    "in our twin cities, at the Ombro-Provençal market in September in Tübingen, "
                    "Germany, and at Gemelle in Piazza in May and the Fiera dei morti at All "
                    "Saints’ Day in Perugia, Italy.</li>"
                    "<li><strong>Assogora</strong>: a not-to-be-missed event, this major "
                    "associations’ forum in Aix-en-Provence takes place every year in September "
                    "on the Cours Mirabeau. The Twinning Association is always there, to meet, "
                    "inform and advise the public about our current and future projects.</li>"
                    "<li><strong>Europe Festival (Fête de l’Europe)</strong>: under the aegis of "
                    "the City of Aix, every year on 9 May the countries of the European Union "
                    "celebrate Europe, commemorating Robert Schuman’s declaration, which laid the "
                    "foundations of Europe as we know it today. The Twinning Association holds a "
                    "stand there alongside the associations representing Europe, and represents "
                    "our European twin cities.</li>"
                    "</ul>"
                    "<p><strong>And also:</strong> concerts, model aircraft, photography, "
                    "hiking, sports exchanges, senior citizens’ exchanges, school and university "
                    "exchanges, economic meetings…</p>",
                ),
                (
                    "call_to_action",
                    {
                        "title": "Do you have an exchange project?",
                        "text": (
                            "The association provides logistic and financial support to "
                            "concrete, mutual exchange projects with a twin city."
                        ),
                        "page": "funding",
                        "url": "",
                        "button_label": "Find out about projects funding",
                    },
                ),
            ],
        },
        "show_in_menus": True,
    },
    "funding": {
        "slug": {"fr": "financement-des-projets", "en": "projects-funding"},
        "title": {"fr": "Financement des projets", "en": "Projects funding"},
        "intro": {
            "fr": (
                "L’Association apporte un soutien logistique et financier aux projets d’échange "
                "mutuel et concret avec une ville jumelle."
            ),
            "en": (
                "The association provides logistic and financial support to concrete, mutual "
                "exchange projects with a twin city."
            ),
        },
        "seo_description": {
            "fr": (
                "Comment l’Association des Jumelages d’Aix-en-Provence soutient les projets "
                "d’échange avec une ville jumelle : examen, vote, soutien."
            ),
            "en": (
                "How the Twinning Association of Aix-en-Provence supports exchange projects with "
                "a twin city: examination, board vote, support."
            ),
        },
        "body": {
            "fr": [
                ("heading", {"text": "Notre soutien aux projets d’échange", "size": "h2"}),
                (
                    "paragraph",
                    "<p>L’Association, subventionnée par les collectivités, apporte un soutien "
                    "<strong>logistique et financier</strong> aux projets d’échange mutuel et "
                    "concret avec une ville jumelle.</p>"
                    "<p>Les objectifs et les perspectives d’échange avec les citoyens d’une ville "
                    "jumelle sont étudiés par l’association et font l’objet d’un vote de "
                    "validation du Conseil d’administration.</p>",
                ),
                ("heading", {"text": "Comment ça marche", "size": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Vous proposez un projet d’échange mutuel et concret avec une ville "
                    "jumelle.</li>"
                    "<li>L’association étudie ses objectifs et ses perspectives d’échange avec "
                    "les citoyens de la ville jumelle.</li>"
                    "<li>Le Conseil d’administration se prononce par un vote de validation.</li>"
                    "<li>Une fois le projet validé, l’association le soutient sur le plan "
                    "logistique et financier.</li>"
                    "</ul>",
                ),
                (
                    "call_to_action",
                    {
                        "title": "Mieux connaître l’Association",
                        "text": (
                            "Découvrez notre rôle, nos engagements et les temps forts de l’année."
                        ),
                        "page": "about",
                        "url": "",
                        "button_label": "Notre rôle et nos engagements",
                    },
                ),
            ],
            "en": [
                ("heading", {"text": "Our support for exchange projects", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Financed by public subsidies from local authorities, the association "
                    "provides <strong>logistic and financial</strong> support to concrete, mutual "
                    "exchange projects with a twin city.</p>"
                    "<p>The aims and prospects of each exchange with the citizens of a twin city "
                    "are examined by the association and submitted to a validation vote of the "
                    "board of directors.</p>",
                ),
                ("heading", {"text": "How it works", "size": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>You propose a concrete, mutual exchange project with a twin city.</li>"
                    "<li>The association examines its aims and the prospects for exchange with "
                    "the citizens of the twin city.</li>"
                    "<li>The board of directors holds a vote to validate the project.</li>"
                    "<li>Once the project is validated, the association supports it in terms of "
                    "logistics and funding.</li>"
                    "</ul>",
                ),
                (
                    "call_to_action",
                    {
                        "title": "Get to know the association",
                        "text": (
                            "Discover our role, our commitments and the highlights of the year."
                        ),
                        "page": "about",
                        "url": "",
                        "button_label": "Our role and commitments",
                    },
                ),
            ],
        },
        "show_in_menus": True,
    },
    "legal": {
        "slug": {"fr": "mentions-legales", "en": "legal-notice"},
        "title": {"fr": "Mentions légales", "en": "Legal notice"},
        "intro": {
            "fr": (
                "Informations sur l’éditeur du site, son hébergement et les conditions "
                "d’utilisation."
            ),
            "en": "Information about the publisher of this site, its hosting and its terms of use.",
        },
        "seo_description": {
            "fr": (
                "Mentions légales du site de l’Association des Jumelages d’Aix-en-Provence : "
                "éditeur, hébergement, propriété intellectuelle, droit applicable."
            ),
            "en": (
                "Legal notice of the Twinning Association of Aix-en-Provence website: publisher, "
                "hosting, intellectual property, applicable law."
            ),
        },
        "body": {
            "fr": [
                ("heading", {"text": "Propriété intellectuelle", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Les textes et les images de ce site appartiennent à l’association ou à "
                    "leurs auteurs. Toute reproduction, même partielle, est soumise à "
                    "l’autorisation préalable de leurs titulaires.</p>"
                    "<p>Les images de démonstration sont des illustrations générées.</p>",
                ),
                ("heading", {"text": "Liens", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Ce site peut contenir des liens vers d’autres sites. L’association n’est "
                    "pas responsable de leur contenu.</p>",
                ),
                ("heading", {"text": "Droit applicable", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Ce site et les présentes mentions légales sont soumis au droit "
                    "français.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "title": "Vos données personnelles",
                        "text": (
                            "Découvrez quelles données le site peut recueillir et comment exercer "
                            "vos droits."
                        ),
                        "page": "privacy",
                        "url": "",
                        "button_label": "Données personnelles",
                    },
                ),
            ],
            "en": [
                ("heading", {"text": "Intellectual property", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The texts and pictures on this site belong to the association or to "
                    "their authors. Any reproduction, even partial, requires the prior "
                    "permission of the rights holders.</p>"
                    "<p>The demonstration pictures are generated illustrations.</p>",
                ),
                ("heading", {"text": "Links", "size": "h2"}),
                (
                    "paragraph",
                    "<p>This site may contain links to other websites. The association is not "
                    "responsible for their content.</p>",
                ),
                ("heading", {"text": "Applicable law", "size": "h2"}),
                (
                    "paragraph",
                    "<p>This site and this legal notice are governed by French law.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "title": "Your personal data",
                        "text": (
                            "Find out what data this site may collect and how to exercise your "
                            "rights."
                        ),
                        "page": "privacy",
                        "url": "",
                        "button_label": "Privacy policy",
                    },
                ),
            ],
        },
        "show_in_menus": False,
    },
    "privacy": {
        "slug": {"fr": "donnees-personnelles", "en": "privacy-policy"},
        "title": {"fr": "Données personnelles", "en": "Privacy policy"},
        "intro": {
            "fr": (
                "Quelles données personnelles ce site peut recueillir, pourquoi, qui y a accès "
                "et comment exercer vos droits."
            ),
            "en": (
                "What personal data this site may collect, why, who can see it and how to "
                "exercise your rights."
            ),
        },
        "seo_description": {
            "fr": (
                "Protection des données personnelles sur le site de l’Association des Jumelages "
                "d’Aix-en-Provence : données, finalités, cookies, vos droits."
            ),
            "en": (
                "Privacy policy of the Twinning Association of Aix-en-Provence website: data "
                "collected, purposes, cookies and your rights."
            ),
        },
        "body": {
            "fr": [
                ("heading", {"text": "Ce que recueillent les formulaires", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Le site ne recueille que ce que vous nous écrivez vous-même dans ses "
                    "formulaires :</p>"
                    "<ul>"
                    "<li><b>Nous contacter</b> : votre nom, votre adresse e-mail, l’objet et le "
                    "texte de votre message ;</li>"
                    "<li><b>Devenir bénévole</b> : votre nom, votre adresse e-mail, votre "
                    "téléphone si vous le donnez, les événements où vous aimeriez aider, les "
                    "langues que vous parlez et votre message ;</li>"
                    "<li><b>Proposer un projet</b> : l’identité et les coordonnées du porteur de "
                    "projet, la description du projet, son budget et, si vous en joignez une, "
                    "une pièce jointe.</li>"
                    "</ul>"
                    "<p>Votre adresse IP n’est pas enregistrée avec vos réponses. Pour freiner "
                    "les envois abusifs, le site compte pendant une heure les envois faits depuis "
                    "une même connexion, sous la forme d’une empreinte de l’adresse, jamais "
                    "l’adresse elle-même.</p>",
                ),
                ("heading", {"text": "Pourquoi", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Ces données servent uniquement à vous répondre, à organiser l’aide des "
                    "bénévoles lors des événements et, pour les candidatures de projet, à leur "
                    "examen par le Conseil d’administration. Elles ne sont ni vendues, ni "
                    "cédées, ni utilisées pour de la prospection.</p>"
                    "<p>Leur traitement repose sur votre consentement, que vous donnez en cochant "
                    "la case du formulaire et que vous pouvez retirer à tout moment.</p>",
                ),
                ("heading", {"text": "Qui les lit", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Les réponses aux formulaires sont envoyées par e-mail à l’association et "
                    "conservées dans l’espace d’administration du site, que seuls les bénévoles "
                    "de l’association y ayant un compte peuvent consulter. Les candidatures de "
                    "projet ne sont lues que par les membres du Conseil d’administration.</p>",
                ),
                ("heading", {"text": "Combien de temps", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Les réponses aux formulaires « Nous contacter » et « Devenir bénévole » "
                    "sont supprimées au plus tard un an après leur envoi. Les candidatures de "
                    "projet sont conservées pendant la durée de leur examen et des obligations "
                    "comptables qui s’y rattachent.</p>",
                ),
                ("heading", {"text": "Cookies", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Les pages que vous lisez ne déposent aucun cookie. La langue choisie "
                    "fait partie de l’adresse des pages (/fr/, /en/), sans cookie. Le site ne "
                    "dépose que deux cookies, et seulement là où ils sont nécessaires :</p>"
                    "<ul>"
                    "<li>sur les pages qui contiennent un formulaire, un cookie de sécurité qui "
                    "protège l’envoi contre la falsification ; il ne contient rien sur vous ;</li>"
                    "<li>pour les bénévoles qui se connectent à l’administration du site, un "
                    "cookie de session.</li>"
                    "</ul>"
                    "<p>Le site n’utilise aucun outil de mesure d’audience ni aucun traceur "
                    "publicitaire, et ne charge ni police de caractères ni script d’un autre "
                    "site. Ces cookies étant strictement nécessaires à son fonctionnement, ils ne "
                    "demandent pas votre consentement : c’est pourquoi le site n’affiche pas de "
                    "bandeau de cookies.</p>",
                ),
                ("heading", {"text": "Contenus d’autres sites", "size": "h2"}),
                (
                    "paragraph",
                    "<p>La carte des villes jumelles ne s’affiche que si vous le demandez "
                    "(bouton « Afficher la carte ») : ses fonds de carte sont alors chargés par "
                    "votre navigateur depuis les serveurs d’OpenStreetMap, qui reçoivent votre "
                    "adresse IP. De même, une vidéo d’un autre site (YouTube, Vimeo…) ne se charge "
                    "que lorsque vous appuyez sur « Lire ici » : le site qui l’héberge reçoit "
                    "alors votre adresse IP et ses propres règles s’appliquent.</p>",
                ),
                ("heading", {"text": "Vos droits", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Vous pouvez accéder à vos données, les faire corriger ou effacer, en "
                    "demander la limitation ou une copie, vous opposer à leur traitement et "
                    "retirer votre consentement à tout moment, en écrivant à l’association comme "
                    "indiqué en haut de cette page.</p>"
                    "<p>Si vous estimez que vos droits ne sont pas respectés, vous pouvez "
                    "adresser une réclamation à la Commission nationale de l’informatique et des "
                    "libertés (CNIL).</p>",
                ),
            ],
            "en": [
                ("heading", {"text": "What the forms collect", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The site only collects what you write to us yourself in its forms:</p>"
                    "<ul>"
                    "<li><b>Contact us</b>: your name, your e-mail address, the subject and text "
                    "of your message;</li>"
                    "<li><b>Volunteer with us</b>: your name, your e-mail address, your "
                    "telephone number if you give it, the events you would like to help with, "
                    "the languages you speak and your message;</li>"
                    "<li><b>Propose a project</b>: the identity and contact details of the "
                    "project leader, the description of the project, its budget and, if you "
                    "add one, an attachment.</li>"
                    "</ul>"
                    "<p>Your IP address is not stored with your answers. To curb abuse, the site "
                    "counts for one hour the forms sent from the same connection, as a "
                    "fingerprint of the address, never the address itself.</p>",
                ),
                ("heading", {"text": "Why", "size": "h2"}),
                (
                    "paragraph",
                    "<p>This data is used only to answer you, to organise volunteers’ help at "
                    "events and, for project applications, for their examination by the board "
                    "of directors. It is never sold, passed on or used for marketing.</p>"
                    "<p>It is processed with your consent, which you give by ticking the box of "
                    "the form and may withdraw at any time.</p>",
                ),
                ("heading", {"text": "Who reads it", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The answers to the forms are e-mailed to the association and kept in the "
                    "site’s administration, which only the association’s volunteers with an "
                    "account there can see. Project applications are read only by the members of "
                    "the board of directors.</p>",
                ),
                ("heading", {"text": "How long", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The answers to the “Contact us” and “Volunteer with us” forms are "
                    "deleted at the latest one year after they were sent. Project applications "
                    "are kept for the duration of their examination and of the related "
                    "accounting obligations.</p>",
                ),
                ("heading", {"text": "Cookies", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The pages you read set no cookie. The language you choose is part of the "
                    "pages’ address (/fr/, /en/), with no cookie. The site sets only two "
                    "cookies, and only where they are needed:</p>"
                    "<ul>"
                    "<li>on the pages with a form, a security cookie that protects the sending "
                    "against forgery; it holds nothing about you;</li>"
                    "<li>for the volunteers who log in to the site’s administration, a session "
                    "cookie.</li>"
                    "</ul>"
                    "<p>The site uses no audience measurement and no advertising tracker, and "
                    "loads no fonts or scripts from another site. As these cookies are strictly "
                    "necessary for the site to work, they need no consent: this is why the site "
                    "shows no cookie banner.</p>",
                ),
                ("heading", {"text": "Content from other sites", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The map of the twin cities is shown only if you ask for it (“Show the "
                    "map” button): its tiles are then loaded by your browser from the "
                    "OpenStreetMap servers, which receive your IP address. Likewise, a video from "
                    "another site (YouTube, Vimeo...) is loaded only when you press “Play it "
                    "here”: the site that hosts it then receives your IP address and its own "
                    "rules apply.</p>",
                ),
                ("heading", {"text": "Your rights", "size": "h2"}),
                (
                    "paragraph",
                    "<p>You may see your data, have it corrected or erased, ask for its "
                    "processing to be restricted or for a copy, object to its processing and "
                    "withdraw your consent at any time, by writing to the association as shown "
                    "at the top of this page.</p>"
                    "<p>If you believe your rights have not been respected, you can lodge a "
                    "complaint with the CNIL (Commission nationale de l’informatique et des "
                    "libertés), the French data protection authority.</p>",
                ),
            ],
        },
        "show_in_menus": False,
    },
}
