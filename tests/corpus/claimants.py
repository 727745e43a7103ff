"""Example corpus for the claimant rules (``extraction/agents.py`` and ``attribution.find_claimant``).

Every sentence is written for this project. Each entry: (sentence, expected canonical claimant or
None, expected claimant_type or None). The comment names the rule the example exists for.
"""

SENTENCES = [
    # named people with their titles -> the person's name
    (
        "South Korea's defence minister Shin Won-sik said about 9,000 artillery shells crossed the border.",
        "Shin Won-sik",
        "person",
    ),
    (
        "Kyrylo Budanov, the head of Ukraine's military intelligence, said 12,000 soldiers had arrived.",
        "Kyrylo Budanov",
        "person",
    ),
    (
        "According to deputy prime minister Alexander Novak, 40 trains ran in May.",
        "Alexander Novak",
        "person",
    ),
    # institutions
    (
        "The National Intelligence Service told lawmakers that 3,000 more troops came.",
        "National Intelligence Service",
        "intelligence",
    ),
    ("South Korea's Joint Chiefs of Staff reported 20 launches.", "Joint Chiefs of Staff", "military"),
    (
        "The Royal United Services Institute estimated that 7,000 containers were moved.",
        "Royal United Services Institute",
        "think_tank",
    ),
    ("Yonhap reported that 1,500 workers had left for Vladivostok.", "Yonhap", "media"),
    ("Human Rights Watch said hundreds of labourers were sent abroad.", "Human Rights Watch", "ngo"),
    # governments named by their capitals
    ("Seoul said the shipments had doubled since spring.", "South Korean government", "government"),
    ("Washington believes 10,000 soldiers are stationed in Kursk.", "U.S. government", "government"),
    # documents -> their authors
    (
        "A UN report found that 11 tankers delivered refined petroleum.",
        "United Nations",
        "international_body",
    ),
    ("Satellite imagery reviewed by Planet Labs shows 300 railcars at the depot.", "Planet Labs", "company"),
    ("KCNA's report put the number of engineers at 1,000.", "KCNA", "media"),
    # attribution patterns
    ("The ship carried 2,000 tonnes of coal, according to the Pentagon.", "Pentagon", "government"),
    (
        "Citing the Multilateral Sanctions Monitoring Team, the paper put the figure at 5,000.",
        "Multilateral Sanctions Monitoring Team",
        "international_body",
    ),
    ("The figure was confirmed by the State Department on Friday.", "State Department", "government"),
    ("\u201cWe counted 400 wagons,\u201d said the Open Source Centre.", "Open Source Centre", "think_tank"),
    (
        "In a report released on Monday, the Institute for the Study of War put the total at 15,000.",
        "Institute for the Study of War",
        "think_tank",
    ),
    (
        "As CSIS analysts noted, some 50 vessels docked at Rajin.",
        "Center for Strategic and International Studies",
        "think_tank",
    ),
    (
        "Two sources familiar with the matter said 30 missiles were delivered.",
        "Two sources familiar with the matter",
        None,
    ),
    # lists, asides, outlets named with their kind, possessive owners, documents made by somebody
    (
        "North Korea has sent about 10,000 troops, according to U.S., South Korean and Ukrainian officials.",
        "U.S., South Korean and Ukrainian officials",
        "government",
    ),
    (
        "A senior U.S. official, speaking on condition of anonymity, said 1,000 soldiers had died.",
        "senior U.S. official",
        "government",
    ),
    ("Earlier this month, the Japanese newspaper Nikkei reported 20 ships.", "Nikkei", "media"),
    ("Last week, Yonhap news agency reported that 1,500 workers left.", "Yonhap", "media"),
    (
        "Seoul's Unification Ministry said 2,000 workers had been dispatched.",
        "Ministry of Unification",
        "government",
    ),
    (
        "According to data compiled by the Open Source Centre, 64 ships docked.",
        "Open Source Centre",
        "think_tank",
    ),
    (
        "The Korea Institute for Defense Analyses estimated that 30,000 troops could be sent.",
        "Korea Institute for Defense Analyses",
        "think_tank",
    ),
    ("Russian President Vladimir Putin said 5,000 workers would arrive.", "Vladimir Putin", "person"),
    (
        "Ukraine's defence intelligence agency, known as HUR, said 12,000 were deployed.",
        "Ukrainian military intelligence (HUR)",
        "intelligence",
    ),
    # a country named as the speaker is its government; a country's institution takes the demonym
    ("South Korea says 300 rocket launchers crossed into Russia.", "South Korean government", "government"),
    ("Two days after the US said 40 wagons had crossed, the border closed.", "U.S. government", "government"),
    (
        "In a briefing for reporters, South Korea's military said 300 rocket launchers had crossed.",
        "South Korean military",
        "military",
    ),
    ("Ukraine's military said 2,000 soldiers had reached Kursk.", "Ukrainian military", "military"),
    # the one who speaks wins over the outlet that relays it
    (
        "Security Council secretary Ivan Sorokin said that 2,000 builders would go to Kursk, according to Tass.",
        "Ivan Sorokin",
        "person",
    ),
    (
        "Some 9,000 soldiers went in two waves, members of parliament quoted the NIS as saying, Yonhap reported.",
        "National Intelligence Service",
        "intelligence",
    ),
    (
        "\u201cWell over a million shells have moved north,\u201d Park said, according to the Yonhap news agency.",
        "Park",
        None,
    ),
    # an inverted reporting verb after the clause
    ("Some 300 howitzers have crossed the border, reports Yonhap.", "Yonhap", "media"),
    # never a time word, a determiner or adjective, or a generic noun alone
    ("According to the latest figures, 8,000 soldiers were deployed.", None, None),
    ("According to Monday's report, 600 trucks crossed the bridge.", None, None),
    ("The first report said 500 barrels left the port.", None, None),
    ("According to unnamed sources, 70 freight cars were loaded.", "unnamed sources", None),
]

# a wire dateline's agency is the fallback, never the first choice
DATELINE_ARTICLES = [
    (
        "SEOUL, Nov 3 (Reuters) - North Korea has sent 1,000 more engineers to Russia.\n",
        "Reuters",
    ),
    (
        "MOSCOW, March 4 (TASS) - Russia shipped 5,000 tonnes of wheat to North Korea, the Ministry of Agriculture said.\n",
        None,  # the sentence's own claimant wins over the dateline
    ),
]

# "he told reporters" takes the last claimant named before, also past a sentence that names nobody
PRONOUN_ARTICLES = [
    (
        "Defence Minister Park Min-jun briefed reporters on the border on Monday.\n"
        "He toured a rail depot in the afternoon.\n"
        "Afterward, he told reporters that North Korea had sent 40 wagons of shells to Russia.\n",
        [("Park Min-jun", "government")],
    ),
]

# a person named with a title takes the title's type, also when later named by surname alone, and
# a pronoun after "according to" is the person named before: (article, [(claimant, type)] per fact)
PERSON_ROLES = [
    (
        "South Korean Defence Minister Park Min-jun told lawmakers that North Korea sent 300 rocket launchers to Russia.\n"
        "Park said a further 40 wagons of ammunition crossed the border in May.\n",
        [("Park Min-jun", "government"), ("Park Min-jun", "government")],
    ),
    (
        "Oleh Marchenko, the head of Ukraine's military intelligence, said 12,000 soldiers had arrived in Kursk.\n",
        [("Oleh Marchenko", "intelligence")],
    ),
    (
        "General Ivan Petrenko said 5,000 North Korean troops were deployed to Kursk.\n",
        [("Ivan Petrenko", "military")],
    ),
    (
        "Defence Minister Park Min-jun briefed reporters on Monday.\n"
        "According to him, Pyongyang also delivered 200 howitzers to Moscow.\n",
        [("Park Min-jun", "government")],
    ),
]
