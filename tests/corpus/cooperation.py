"""Example corpus for ``extraction/cooperation.py``: which candidates are facts of this cooperation.

Each entry: (sentence, expected facts as (fact_type, quantity, status) tuples, in any order).
Sentences are written for this project; publication date 2025-03-10.
"""

SENTENCES = [
    # changes and parts are not totals
    (
        "North Korea sent 5,000 out of a total of 7,000 engineers to Russia.",
        [("deployment", 7000.0, "reported"), ("deployment", 5000.0, "reported")],
    ),
    (
        "Around 11,000 North Korean troops were deployed to Russia; about 6,000 more will arrive by the end of the year.",
        [("deployment", 11000.0, "reported"), ("deployment", 6000.0, "planned")],
    ),
    (
        "A further 2,000 North Korean soldiers were sent to Russia in May.",
        [("deployment", 2000.0, "reported")],
    ),
    # the people paid for in an "in exchange for" phrase are no deployment of their own
    (
        "Moscow handed Pyongyang 30 tonnes of wheat in exchange for the dispatch of North Korean soldiers to Russia.",
        [("shipment", 30.0, "reported")],
    ),
    (
        "Moscow handed Pyongyang 30 tonnes of wheat in return for 2,000 North Korean builders.",
        [("shipment", 30.0, "reported")],
    ),
    # hedges make a fact possible
    ("North Korea appears to have sent 1,000 missiles to Russia.", [("shipment", 1000.0, "possible")]),
    ("North Korea has likely shipped 300 rocket launchers to Russia.", [("shipment", 300.0, "possible")]),
    (
        "About 2,000 North Korean workers are believed to be in Vladivostok.",
        [("deployment", 2000.0, "possible")],
    ),
    # "X believes" is X's belief; a hedge in a relative clause after the figure is not the figure's
    (
        "South Korea's spy agency believes North Korea sent 3,000 rockets to Russia.",
        [("shipment", 3000.0, "possible")],
    ),
    (
        "It is believed that about 2,000 North Korean engineers are working in Kursk.",
        [("deployment", 2000.0, "possible")],
    ),
    (
        "Since last spring North Korea has shipped 4,000 containers to Russia that could hold weapons.",
        [("shipment", 4000.0, "reported")],
    ),
    # a country's own forces at war, and anecdotes, are not deployments
    ("About 600,000 Russian troops are fighting in Ukraine.", []),
    ("Three North Korean workers escaped from a construction site in Vladivostok.", []),
    # generic nouns of an "in exchange for" phrase are no shipments of their own
    (
        "North Korea sent 9,000 shells to Russia in exchange for food and technology.",
        [("shipment", 9000.0, "reported")],
    ),
    # generic goods without a figure are no shipments; a named materiel or a figure is
    ("Seoul has accused Pyongyang of supplying weapons to Moscow for its war.", []),
    (
        "The jump in rail traffic points to a weapons flow out of North Korea toward Russia.",
        [],
    ),
    ("Ministers condemned the missile transfer from Pyongyang to Moscow.", []),
    (
        "North Korea has supplied ballistic missiles to Russia, the ministry said.",
        [("shipment", None, "reported")],
    ),
    ("North Korea sent 400 missiles to Russia last year.", [("shipment", 400.0, "reported")]),
    # a goods noun used as a verb is no shipment; named missiles and mortars in a list are
    (
        "North Korea sent 9,000 shells to Russia to fuel its war in Ukraine.",
        [("shipment", 9000.0, "reported")],
    ),
    (
        "Seoul says North Korea has sent 40 mortars and 300 portable anti-air missiles to Russia.",
        [("shipment", 40.0, "reported"), ("shipment", 300.0, "reported")],
    ),
    # caps, bans, limits and needs are not transfers, unless the transfer happens in spite of them
    ("Sanctions cap North Korea's imports from Russia at 500,000 barrels of refined petroleum a year.", []),
    ("North Korea is thought to need 8 million barrels of oil from Russia every year.", []),
    (
        "Russia shipped 600,000 barrels of oil to North Korea despite the ban on such sales.",
        [("shipment", 600000.0, "reported")],
    ),
    # headlines that announce analysis
    ("Assessing the scale of North Korea's arms supplies to Russia", []),
    # containers "of weapons" are counted cargo
    ("North Korea sent 300 containers of weapons to Russia.", [("shipment", 300.0, "reported")]),
    # remittances without the word wages are currency arrangements
    (
        "The state takes most of the pay of North Korean workers in Russia as loyalty fees.",
        [("currency", None, "reported")],
    ),
]

# rates with several units in one phrase are each per day: (sentence, expected units)
RATES = [
    (
        "The Khasan checkpoint handles 300 vehicles and 2,850 passengers a day.",
        {"vehicles_per_day", "passengers_per_day"},
    ),
]

# a headline restates the body: one fact, the body's, even when the headline names it otherwise
# (article, expected facts as (fact_type, quantity, item or personnel_type))
HEADLINE_ARTICLES = [
    (
        "North Korea ships 12,000 containers of shells to Russia\n\n"
        "Seoul, 4 March 2025 - North Korea has shipped 12,000 sea containers to Russia since last summer, "
        "the defence ministry said.\n",
        [("shipment", 12000.0, "container")],
    ),
    (
        "Report: 9,000 North Korean workers build in Russia\n\n"
        "About 9,000 North Korean construction workers are employed on building sites in Russia, a think tank said.\n",
        [("deployment", 9000.0, "construction_workers")],
    ),
    (
        # a headline figure the body does not repeat stays
        "North Korea sends 500 howitzers to Russia\n\n"
        "North Korea has also sent 40 rocket launchers to Russia, officials said.\n",
        [("shipment", 500.0, "howitzer"), ("shipment", 40.0, "rocket_launcher")],
    ),
]
