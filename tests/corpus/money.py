"""Example corpus for the infrastructure and currency rules of issue 7 section 4 (``extraction/slots/infrastructure.py``, ``slots/currency.py``,
``cooperation.py``, ``vocab/infrastructure.csv``, ``vocab/mechanisms.csv``). Written for this project;
publication date 2025-03-10 unless an entry says otherwise.
"""

# (text, expected (attribute, value_number, unit, value_date ISO or None) tuples, in any order)
INFRASTRUCTURE = [
    # a completion that has happened takes the first day stated (annotation guide) ...
    ("A second pier at the Rajin port opened in May 2016.", [("completion_date", None, None, "2016-05-01")]),
    # ... a deadline or a completion to come the last day
    ("The Tumen road bridge is due to open in 2026.", [("completion_date", None, None, "2026-12-31")]),
    (
        "Russia plans to rebuild the Khasan–Rajin rail line by 2027.",
        [("completion_date", None, None, "2027-12-31")],
    ),
    # reconstruction and restoration begin too
    (
        "Reconstruction of the Tumangang railway yard began in March 2011.",
        [("start_date", None, None, "2011-03-01")],
    ),
    # a fronted date governs the main clause, however long it is
    (
        "Then in May 2012, after two years of delays and a change of contractor, the Khasan–Rajin railway line was finished.",
        [("completion_date", None, None, "2012-05-01")],
    ),
    # a past span of works gives the start and the completion; a joint venture named after the
    # years of the works is the builder
    (
        "The Khasan–Rajin railway was upgraded in 2010-2015 by a joint company.",
        [
            ("start_date", None, None, "2010-01-01"),
            ("completion_date", None, None, "2015-01-01"),
            ("builder", None, None, None),
        ],
    ),
    # a start stated without its date is a start_date with a null date
    (
        "Builders say work has already started on a second rail bridge near Khasan.",
        [("start_date", None, None, None)],
    ),
    (
        "A Russian carrier has now launched scheduled flights to Pyongyang from Irkutsk.",
        [("start_date", None, None, None)],
    ),
    # the opening of another noun's reduced relative clause is not the project's
    ("Officials may add a bus link from the Rajin port to a new stadium slated to open in May.", []),
    (
        "A road bridge linking the two countries is due to open in 2026.",
        [("completion_date", None, None, "2026-12-31")],
    ),
    # "due to" as a cause is no completion
    ("The Tumen river bridge was shut in March 2021 due to the pandemic.", []),
    # a route's frequency is its capacity; what a vessel can carry is too, in the singular unit
    (
        "The Rason–Vladivostok ferry will sail four times a month.",
        [("capacity", 4.0, "trips_per_month", None)],
    ),
    (
        "Air Koryo runs regular flights from Pyongyang to Vladivostok twice a week.",
        [("capacity", 2.0, "flights_per_week", None)],
    ),
    (
        "The Rason–Vladivostok ferry line reopened last year. The vessel is able to carry 180 passengers and up to 900 tonnes of cargo.",
        [("capacity", 180.0, "passenger", None), ("capacity", 900.0, "tonne", None)],
    ),
    (
        "A direct passenger train service between Moscow and Pyongyang runs twice a month.",
        [("capacity", 2.0, "trips_per_month", None)],
    ),
    # a service named only by what runs on it, and a frequency adverb after a verb of service
    (
        "Talks on new links went well. The train from Khasan to Tumangang will run four times a week.",
        [("capacity", 4.0, "trips_per_week", None)],
    ),
    (
        "The first Moscow–Pyongyang flight leaves on 3 August. After that, flights will operate weekly.",
        [("capacity", 1.0, "flights_per_week", None)],
    ),
    (  # a departure on a weekday every week is one trip a week, whichever end it leaves from
        "The Rason–Vladivostok ferry line reopens in June. The ferry will leave Rason every Tuesday and "
        "Vladivostok every Thursday.",
        [("capacity", 1.0, "trips_per_week", None)],
    ),
    # not when the sentence places the service in a third country
    ("Links are growing. Trains from Dandong to Pyongyang run daily.", []),
    # a route's first service is its start, also when only the flight or train names it
    (
        "Talks on new links went well. The first flight from Vladivostok to Pyongyang is set for 14 May 2025.",
        [("start_date", None, None, "2025-05-14")],
    ),
    (
        "Passenger train service between Tumangang and Khasan will resume on 2 June 2025.",
        [("start_date", None, None, "2025-06-02")],
    ),
    # a route's first service is its start
    (
        "Nordavia began regular flights on the Moscow–Pyongyang route on 12 January 2025.",
        [("start_date", None, None, "2025-01-12")],
    ),
    # a load carried once is no capacity
    ("A convoy of trucks carrying 12 tonnes of fertiliser reached the port of Rajin on Friday.", []),
    ("Last week's inaugural service out of the Vladivostok airport carried 300 passengers.", []),
    # a distance along a river or a track is not a length
    ("The new road bridge is being built some 400 metres upstream from the old rail bridge.", []),
    ("The freight yard sits roughly 3 km east along the river from the Tumen rail bridge.", []),
    # a fare is no cost of the project
    ("The ferry operator sells a ticket for about 600 yuan.", []),
]

# (text, expected (mechanism, amount, per_period, share_low, share_high) tuples, in any order)
CURRENCY = [
    # remittances without the word wages
    (
        "Loggers in Khabarovsk change their pay into dollars and keep remitting the cash to Pyongyang.",
        [("wage_remittance", None, None, None, None)],
    ),
    (
        "Pyongyang pockets most of the builders' salaries by claiming them at the source.",
        [("wage_remittance", None, None, None, None)],
    ),
    (
        "Loyalty money from its workers in Russia goes to the regime, some $300 million a year.",
        [("wage_remittance", 300e6, "year", None, None)],
    ),
    # an amount per worker per month, in an article already speaking of the state taking wages (the
    # figureless first mention is the same arrangement)
    (
        "Pyongyang's builders in Moscow hand over most of their wages as loyalty fees.\n"
        "Every labourer is now forced to pay a further $ 80 per month, a foreman said.",
        [("wage_remittance", 80.0, "month", None, None)],
    ),
    # what workers keep is the rest of what the state takes
    (
        "Loggers from North Korea keep only 30% of their wages in Russia.",
        [("wage_remittance", None, None, 70.0, None)],
    ),
    # "up to" a share is its ceiling only, "at least" its floor only
    (
        "North Korean workers in Russia must hand over up to 85% of their wages to the state.",
        [("wage_remittance", None, None, None, 85.0)],
    ),
    (
        "The state takes at least 60% of the salaries of its workers in Russia.",
        [("wage_remittance", None, None, 60.0, None)],
    ),
    # a share compared with something else is no share taken
    ("Builders get about $500 a month, 35 percent below what local staff are paid in salary.", []),
    # people sent back home move no money
    ("A third of the sick cadets were sent back home by bus.", []),
    # accounts and banking relationships are correspondent accounts; unnamed payment mechanisms are other
    (
        "Investigators found that a Vladivostok lender still kept accounts held by a North Korean trading bank.",
        [("correspondent_account", None, None, None, None)],
    ),
    (
        "Several accounts have already been opened for North Korean firms in Khabarovsk.",
        [("correspondent_account", None, None, None, None)],
    ),
    (
        "The Treasury sanctioned a Kazan bank for keeping a banking relationship with North Korean lenders.",
        [("correspondent_account", None, None, None, None)],
    ),
    (
        "A trading house in Kazan set up hidden payment mechanisms for Pyongyang's buyers.",
        [("other", None, None, None, None)],
    ),
    (
        "Russian lawyers worked on unfreezing North Korean deposits in Europe.",
        [("other", None, None, None, None)],
    ),
    # settlement systems planned are arrangements too
    (
        "Officials agreed to switch mutual settlements between Russia and North Korea to roubles next year.",
        [("direct_bank_settlement", None, None, None, None)],
    ),
    (
        "North Korea plans to introduce Russia's Mir cards for payments by Russian tourists.",
        [("direct_bank_settlement", None, None, None, None)],
    ),
]

# (text, expected (attribute, value_number, unit, project) tuples): whose figure it is
PROJECT_PARTS = [
    # the whole project's length is not the bridge's
    (
        "The Khasan–Tumangang road bridge will be 1 km long; the whole project, access roads included, measures 4.7 km.",
        [
            ("length", 1.0, "km", "Khasan–Tumangang road bridge"),
            ("length", 4.7, "km", "Khasan–Tumangang road bridge (whole project)"),
        ],
    ),
    (
        "The whole project will take three years; the Khasan–Tumangang road bridge will be 1 km long.",
        [("length", 1.0, "km", "Khasan–Tumangang road bridge")],
    ),
    # a part named after a rate is a rate of the same period
    (
        "The Khasan checkpoint will handle 300 vehicles a day, of them 200 cargo trucks.",
        [
            ("capacity", 300.0, "vehicles_per_day", "Khasan checkpoint"),
            ("capacity", 200.0, "vehicles_per_day", "Khasan checkpoint"),
        ],
    ),
]
