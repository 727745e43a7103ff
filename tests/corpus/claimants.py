"""Example corpus for the claimant rules (``extraction/agents.py`` and ``attribution.find_claimant``).

Every sentence is written for this project. Each entry: (sentence, expected canonical claimant or
None, expected claimant_type or None). The comment names the rule the example exists for.
"""

SENTENCES = [
    # an agent written without a capital has an agent noun; a word that is none is no claimant
    (
        "About 2,000 North Korean workers arrived in Primorye, western intelligence says.",
        "western intelligence",
        "intelligence",
    ),
    (
        "About 5,000 soldiers took part, the eleven participating states reported.",
        "eleven participating states",
        None,
    ),
    ("The schedule shows two ferry crossings a week between Rajin and Vladivostok.", None, None),
    # a listed name with "and" in it is one agent, not the words after "and"
    (
        "The Center for Strategic and International Studies said 70 freight cars stood at Tumangang.",
        "Center for Strategic and International Studies",
        "think_tank",
    ),
    # a discourse word between the agent and its verb, and a figure after the verb
    (
        "Seoul's spy agency, however, said about 3,000 North Korean soldiers had reached Vladivostok.",
        "South Korean intelligence",
        "intelligence",
    ),
    # verbs of asserting and accusing name the claimant too
    (
        "Ukraine asserts that North Korea has sent 60 howitzers to Russia.",
        "Ukrainian government",
        "government",
    ),
    ("The Pentagon has accused North Korea of sending 10,000 troops to Russia.", "Pentagon", "government"),
    # named people with their titles -> the person's name
    (
        "South Korea's defence minister Shin Won-sik said about 9,000 artillery shells crossed the border.",
        "Shin Won-sik",
        "government",  # listed in vocab/claimants.csv: a minister takes the type of the office
    ),
    (
        "Kyrylo Budanov, the head of Ukraine's military intelligence, said 12,000 soldiers had arrived.",
        "Kyrylo Budanov",
        "intelligence",  # listed in vocab/claimants.csv as the head of military intelligence
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
        "North Korea has sent about 10,000 troops, according to American, Japanese and Polish officials.",
        "American, Japanese and Polish officials",
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
    ("Russian President Vladimir Putin said 5,000 workers would arrive.", "Vladimir Putin", "government"),
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
    # issue 7, real phrasing: a verb ends the phrase after "by"/"said" ("cited by the aide mentioned
    # that" -> the aide, not "aide mentioned")
    (
        "About 300 wagons crossed the border, said NIS Director Kim Min-su presented the figure to lawmakers.",
        "Kim Min-su",
        "person",
    ),
    # verbs inside a quotation are the quote's: the speaker after the quote is the claimant
    ("\u201cYou can say 400 wagons went north,\u201d Park Min-jun said.", "Park Min-jun", "person"),
    # "X cited Y as saying": Y speaks
    ('"About 900 builders will go," the agency Tass cited Ivan Orlov as saying.', "Ivan Orlov", "person"),
    # a past participle before a noun read as a verb is no subject ("has backed reports that ...")
    ("The navy has backed reports that 20 tankers carried diesel to the North.", None, None),
    # a negated verb is no subject of a claim
    ("Moscow and Pyongyang haven't confirmed the figure, yet 6,000 soldiers were sent.", None, None),
    # a document nobody is named for is no claimant; "from/by X" names its author
    ("Citing an intelligence briefing, the North sent 50 wagons of shells.", None, None),
    ("Satellite imagery shows some 70 freight cars at the border station.", None, None),
    (
        "Citing image analysis from the Open Source Centre, a broadcaster put Russia's oil deliveries at "
        "800,000 barrels.",
        "Open Source Centre",
        "think_tank",
    ),
    # "with reference to X" cites X like "citing X"; a report by X is X's
    (
        "With reference to a National Intelligence Service report, a weekly put the figure at 70 wagons.",
        "National Intelligence Service",
        "intelligence",
    ),
    # "claims by X", "remarks by X": X claims
    (
        "The move follows claims by a Japanese official that 30 tankers had unloaded fuel.",
        "Japanese official",
        "government",
    ),
    # a title, then the name between commas: the person
    (
        "Ukraine's defence chief, Ivan Orlov, told a briefing that 900 shells had arrived.",
        "Ivan Orlov",
        "person",
    ),
    # "The Times" keeps its article (the time word alone is no agent)
    ("Some 200 rocket launchers were handed over, reports The Times.", "The Times", "media"),
    # a legal text makes no claim; a possessive mention names no source
    ("Russia shipped 3,000 tonnes of coal in breach of the Security Council's resolutions.", None, None),
    ("About 900 soldiers joined the Kremlin's war in spring.", None, None),
    # "X believed to have ..." is a hedge, not X's belief
    ("N. Korea believed to have sent 900 shells to Russia.", None, None),
    # a document with no author named stands as the source ("from the Pacific coast" is no author)
    (
        "Grain shipments doubled, according to maritime tracking data from the Pacific coast.",
        "maritime tracking data",
        None,
    ),
    # a description before a proper name is left out; a middle initial too
    (
        "According to the Seoul-based monitoring group Korea Risk Watch, 40 ships docked.",
        "Korea Risk Watch",
        None,
    ),
    (
        "Some 40 ships docked, according to the Tokyo-based Korea Risk Institute.",
        "Korea Risk Institute",
        "think_tank",
    ),
    ("NATO Secretary General Mark Rutte said 11,000 soldiers were in Kursk.", "Mark Rutte", "person"),
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

# the account of the source before goes on: "It is noted that ...", "according to their data";
# "This was reported by X" in the next sentence names the source of a sentence that names none
PRONOUN_ARTICLES += [
    (
        "The National Intelligence Service briefed lawmakers on Monday.\n"
        "It is noted that North Korea sent 70 wagons of shells to Russia.\n",
        [("National Intelligence Service", "intelligence")],
    ),
    (
        "The Korea Risk Institute said it had tracked the port for a year.\n"
        "According to their data, 40 tankers carried diesel from Russia to North Korea.\n",
        [("Korea Risk Institute", "think_tank")],
    ),
    (
        "North Korea shipped 8,000 containers to Russia in a year.\n"
        "That was first reported by Yonhap, which cited the Defense Intelligence Agency.\n",
        [("Yonhap", "media")],
    ),
    # unowned evidence in the next sentence goes on with the findings of the source just named
    (
        "The Korea Risk Institute said it had watched the Rajin pier since spring.\n"
        "Satellite imagery shows that 30 North Korean tankers loaded diesel at Vostochny.\n",
        [("Korea Risk Institute", "think_tank")],
    ),
]

# "he" is the person who spoke in the previous sentence, not the institution whose view they relayed
PRONOUN_ARTICLES += [
    (
        "Park Min-jun, a lawmaker, spoke after a closed briefing.\n"
        "In his account the spy service thinks the shells were old, Mr Park said.\n"
        "North Korea, he said, also sent 20 wagons of rockets to Russia.\n",
        [("Park Min-jun", "government")],
    ),
]

# "he" after a sentence whose subject is a named person: that person
PRONOUN_ARTICLES += [
    (
        "Ivan K. Sorokin, who advises the Russian president, held talks in Pyongyang on Monday.\n"
        "He said later that North Korea would send 3,000 builders to Kursk.\n",
        [("Ivan Sorokin", "person")],
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
    # a nationality and a title word naming the only such titled person of the article
    (
        "Russia's Transport Minister Oleg Vasin opened the talks in Pyongyang.\n"
        "North Korea will pay in roubles for 300,000 tonnes of wheat, a Russian minister said.\n",
        [("Oleg Vasin", "government")],
    ),
    (
        "Japanese Chief Cabinet Secretary Ken Mori spoke on Friday.\n"
        "The Japanese official said Russia had received 100 ballistic missiles from North Korea.\n",
        [("Ken Mori", "government")],
    ),
    # a named source in the body wins over a country named as speaker in the lead
    (
        "South Korea says North Korea sent 4,000 containers of shells to Russia in May.\n"
        "Defence Minister Park Min-jun told reporters North Korea sent 4,000 containers of shells to Russia in May.\n",
        [("Park Min-jun", "government")],
    ),
]
