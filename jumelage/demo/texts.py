"""Bilingual (French/English) demo texts for the first pages of the site."""

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
                ("heading", {"text": "Éditeur du site", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Ce site est édité par l’<strong>Association des Jumelages "
                    "d’Aix-en-Provence</strong>, association à but non lucratif.</p>"
                    "<p>Pour joindre l’association, utilisez les coordonnées indiquées en bas de "
                    "chaque page.</p>",
                ),
                ("heading", {"text": "Hébergement", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Le site est hébergé sur le serveur de l’association. Les coordonnées de "
                    "l’hébergeur sont communiquées sur simple demande, à l’aide des coordonnées "
                    "indiquées en bas de chaque page.</p>",
                ),
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
                ("heading", {"text": "Publisher", "size": "h2"}),
                (
                    "paragraph",
                    "<p>This site is published by the <strong>Association des Jumelages "
                    "d’Aix-en-Provence</strong> (Twinning Association of Aix-en-Provence), a "
                    "non-profit association.</p>"
                    "<p>To reach the association, please use the contact details at the bottom "
                    "of every page.</p>",
                ),
                ("heading", {"text": "Hosting", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The site is hosted on the association’s server. The host’s details are "
                    "available on request, using the contact details at the bottom of every "
                    "page.</p>",
                ),
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
                ("heading", {"text": "Responsable du traitement", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Les données personnelles recueillies sur ce site sont traitées par "
                    "l’Association des Jumelages d’Aix-en-Provence. Vous pouvez la contacter à "
                    "l’aide des coordonnées indiquées en bas de chaque page.</p>",
                ),
                ("heading", {"text": "Données recueillies", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Le site ne recueille que les données que vous nous transmettez "
                    "vous-même :</p>"
                    "<ul>"
                    "<li>par les formulaires de contact et de bénévolat : votre identité, vos "
                    "coordonnées et votre message ;</li>"
                    "<li>par une candidature de projet : l’identité et les coordonnées du porteur "
                    "de projet, ainsi que la description du projet.</li>"
                    "</ul>"
                    "<p>Le site n’utilise aucun traceur publicitaire et ne charge ni police de "
                    "caractères ni script provenant de services tiers.</p>"
                    "<p>Les pages des villes jumelles affichent une carte : ses fonds de carte "
                    "sont chargés par votre navigateur depuis les serveurs d’OpenStreetMap, qui "
                    "reçoivent alors votre adresse IP.</p>",
                ),
                ("heading", {"text": "Finalités", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Ces données servent uniquement à répondre à vos demandes et, pour les "
                    "candidatures de projet, à leur examen par le Conseil d’administration. "
                    "Elles ne sont ni vendues ni cédées à des tiers.</p>",
                ),
                ("heading", {"text": "Qui a accès à vos données", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Seuls les bénévoles de l’association chargés de traiter votre demande y "
                    "ont accès. Les candidatures de projet ne sont consultées que par les membres "
                    "du Conseil d’administration.</p>",
                ),
                ("heading", {"text": "Durée de conservation", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Vos données ne sont conservées que le temps nécessaire au traitement de "
                    "votre demande et à son suivi, puis elles sont supprimées. Les candidatures "
                    "de projet sont conservées pendant la durée de leur examen et des "
                    "obligations comptables qui s’y rattachent.</p>",
                ),
                ("heading", {"text": "Cookies", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Le site n’utilise aucun cookie de suivi. La langue choisie est indiquée "
                    "dans l’adresse des pages (/fr/, /en/), sans cookie. Seuls sont déposés un "
                    "cookie technique de sécurité lorsque vous envoyez un formulaire et, pour les "
                    "personnes qui rédigent le contenu du site, un cookie de session.</p>",
                ),
                ("heading", {"text": "Vos droits", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Vous disposez d’un droit d’accès, de rectification, d’effacement et "
                    "d’opposition sur vos données. Pour l’exercer, contactez l’association à "
                    "l’aide des coordonnées indiquées en bas de chaque page.</p>"
                    "<p>Si vous estimez que vos droits ne sont pas respectés, vous pouvez "
                    "adresser une réclamation à la Commission nationale de l’informatique et des "
                    "libertés (CNIL).</p>",
                ),
            ],
            "en": [
                ("heading", {"text": "Data controller", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Personal data collected on this site is processed by the Association des "
                    "Jumelages d’Aix-en-Provence. You can contact the association using the "
                    "contact details at the bottom of every page.</p>",
                ),
                ("heading", {"text": "Data we collect", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The site only collects the data you send us yourself:</p>"
                    "<ul>"
                    "<li>through the contact and volunteer forms: your identity, your contact "
                    "details and your message;</li>"
                    "<li>through a project application: the identity and contact details of the "
                    "project leader, and the description of the project.</li>"
                    "</ul>"
                    "<p>The site uses no advertising trackers and loads no fonts or scripts from "
                    "third-party services.</p>"
                    "<p>The twin-city pages display a map: its map tiles are loaded by your "
                    "browser from the OpenStreetMap servers, which therefore receive your IP "
                    "address.</p>",
                ),
                ("heading", {"text": "Why we use it", "size": "h2"}),
                (
                    "paragraph",
                    "<p>This data is used only to answer your requests and, for project "
                    "applications, for their examination by the board of directors. It is "
                    "never sold or passed on to third parties.</p>",
                ),
                ("heading", {"text": "Who can see your data", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Only the association’s volunteers in charge of handling your request "
                    "have access to it. Project applications are seen only by the members of "
                    "the board of directors.</p>",
                ),
                ("heading", {"text": "How long we keep it", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Your data is kept only as long as needed to process your request and "
                    "follow it up, and is then deleted. Project applications are kept for the "
                    "duration of their examination and of the related accounting "
                    "obligations.</p>",
                ),
                ("heading", {"text": "Cookies", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The site uses no tracking cookies. The language you choose is part of "
                    "the pages’ address (/fr/, /en/), with no cookie. The only cookies set are a "
                    "technical security cookie when you send a form and, for the people who edit "
                    "the site’s content, a session cookie.</p>",
                ),
                ("heading", {"text": "Your rights", "size": "h2"}),
                (
                    "paragraph",
                    "<p>You have the right to access, rectify and erase your data, and to object "
                    "to its processing. To exercise these rights, contact the association using "
                    "the contact details at the bottom of every page.</p>"
                    "<p>If you believe your rights have not been respected, you can lodge a "
                    "complaint with the CNIL (Commission nationale de l’informatique et des "
                    "libertés), the French data protection authority.</p>",
                ),
            ],
        },
        "show_in_menus": False,
    },
}
