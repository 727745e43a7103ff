"""Example corpus for ``extraction/locations.py``: where a project stands, and comparisons.

Each entry: (sentence, expected (attribute, value, location_countries) tuples). Written for this project.
"""

SENTENCES = [
    ("The Khasan–Tumangang road bridge will be 1 km long.", [("length", 1.0, "PRK,RUS")]),
    # a span is a bridge's; a line that "spans" a distance has that length
    ("The Khasan–Tumangang road bridge will span 1 km over the river.", [("span", 1.0, "PRK,RUS")]),
    ("The Khasan–Tumangang rail line spans 54 km.", [("length", 54.0, "PRK,RUS")]),
    ("The Rajin port terminal can handle 4 million tonnes a year.", [("annual_capacity", 4e6, "PRK")]),
    ("The Khasan checkpoint handles 300 vehicles a day.", [("capacity", 300.0, "RUS")]),
    # "the general contractor is X" is a builder
    ("The general contractor for the Khasan–Tumangang bridge is Mostotrest.", [("builder", None, "PRK,RUS")]),
    # a third country's infrastructure given for comparison is not this project's spec
    ("By comparison, the bridge from Hunchun to the Chinese border post is 2.5 km long.", []),
    ("The Dandong bridge over the Yalu is 3 km long.", []),
    # a distance from a place is not a length; "from X to Y" is
    ("The Khasan–Tumangang road bridge stands 2 km from the Khasan station.", []),
    ("The Khasan–Tumangang rail line runs 54 km from Khasan to Rajin.", [("length", 54.0, "PRK,RUS")]),
    # a position, progress into the river, a cleared stretch of bank, an area or a vessel's length
    # is not the project's length; a figure glued to "km" is a length
    (
        "At the Tumangang road bridge site, workers graded two support areas about 600 metres and "
        "700 metres south-southwest of the bridge.",
        [],
    ),
    (
        "On the Russian side of the Tumangang road bridge, work has advanced about 120 metres into the river.",
        [],
    ),
    (
        "An image of the Tumangang road bridge site shows that some 400 metres of the western bank were cleared.",
        [],
    ),
    ("A helipad has been built about 250 metres north of the Tumangang road bridge site.", []),
    ("Images of Rajin port showed a 120-metre-long cargo vessel at the pier.", []),
    ("A border complex of about 5 square kilometres is being built beside the Tumangang road bridge.", []),
    ("The width of the new road bridge over the Tumangang crossing will be 8 metres.", []),
    ("Russian Railways rebuilt the 54km railway from Khasan to Rajin.", [("length", 54.0, "PRK,RUS")]),
    # what the vessel serving a route can take is the route's capacity, also when the vessel is
    # named by its own name in a later sentence
    (
        "The Rajin–Vladivostok ferry can take 200 passengers and 1,500 tonnes of cargo.",
        [("capacity", 200.0, "PRK,RUS"), ("capacity", 1500.0, "PRK,RUS")],
    ),
    (
        "The Rajin–Vladivostok ferry line links the two ports. The Sea Swallow is able to accommodate "
        "180 passengers in 45 cabins. Its holds have space for 900 t of cargo and 20 containers.",
        [("capacity", 180.0, "PRK,RUS"), ("capacity", 900.0, "PRK,RUS"), ("capacity", 20.0, "PRK,RUS")],
    ),
]

# A route's timetable and first service (``slots/infrastructure.py`` ``_FREQUENCY``, ``_SERVICE_START``,
# ``_START``; ``attribution.status_for``; ``extractor._FUTURE_ONLY``), published 2025-03-10.
# Each entry: (sentence, expected (attribute, value_number, value_date, unit, status) tuples).
SERVICES = [
    # "scheduled" before flights is a timetable, not a plan; an adjective may stand before the noun
    (
        "Air Koryo flies two scheduled flights a week between Pyongyang and Vladivostok.",
        [("capacity", 2.0, None, "flights_per_week", "reported")],
    ),
    # a first service that "will open" on a day without a year: the next such day after publication
    (
        "On March 28, Aeroflot will open the first direct flight between Irkutsk and Pyongyang.",
        [("start_date", None, "2025-03-28", None, "planned")],
    ),
    # the works named some words before their start
    (
        "Reconstruction of the rail line from Khasan to the coast of North Korea began in May 2009.",
        [("start_date", None, "2009-05-01", None, "reported")],
    ),
]
