"""Example corpus for the deployment rules on real phrasing (issue 7, section 4; ``slots/deployments.py``
``_anecdote``, ``_not_sent``, ``_refined_type``, ``_nationals_at_work``, ``_casualty_context`` and
``extractor.drop_battlefield_restatements``).

Every text is written for this project. Each entry: (text, expected deployments as sorted
(personnel_type, headcount or lower bound, origin, host) tuples). The comment names the rule.
"""

SENTENCES = [
    # a few people placed nowhere belong to a story, not to a deployment
    ("At least four workers slipped away from the dormitory last winter.", []),
    ("Twelve specialists arrived at the site, the foreman said.", []),
    # ... but a small group sent between the two countries is one
    ("North Korea sent 12 instructors to Russia in May.", [("instructors", 12, "PRK", "RUS")]),
    # people leaving are not sent
    ("Each month several hundred labourers from North Korea stream out of Russia.", []),
    ("About 300 North Korean workers returned home from Russia in March.", []),
    # both sides' own armies are not this cooperation; the clause that sends people still counts
    (
        "On the front both sides field hundreds of thousands of soldiers, while North Korea has "
        "sent 11,000 troops to Russia.",
        [("troops", 11000, "PRK", "RUS")],
    ),
    # a delegation's members are visitors
    ("Pyongyang dispatched a delegation of generals and officers to Russia for talks.", []),
    # without a figure, the motion word must be the verb that sends them
    (
        "North Korean troops have been deployed to Russia, the ministry said.",
        [("troops", None, "PRK", "RUS")],
    ),
    ("North Korea sent engineers to Russia in April.", [("engineers", None, "PRK", "RUS")]),
    ("Pay rules tightened for North Korean labourers dispatched to Russia last year.", []),
    ("A bureau in charge of dispatching North Korean workers to Russia was reorganised.", []),
    # workers take the trade the sentence names
    (
        "Several thousand North Korean workers are employed on building sites across Russia.",
        [("construction_workers", 2000, "PRK", "RUS")],
    ),
    (
        "About 8,000 North Korean workers toil at building sites in Russia.",
        [("construction_workers", 8000, "PRK", "RUS")],
    ),
    (  # workers sent to construction sites are construction workers; to sites and factories, workers
        "In 2023 Pyongyang dispatched about 7,000 workers to building sites across Russia.",
        [("construction_workers", 7000, "PRK", "RUS")],
    ),
    (
        "Pyongyang has sent some 9,000 workers to construction sites and factories in Russia.",
        [("laborers", 9000, "PRK", "RUS")],
    ),
    (
        "About 900 North Korean workers are employed in IT firms in Russia.",
        [("it_workers", 900, "PRK", "RUS")],
    ),
    # "the number of <people> ... is N" states the headcount
    (
        "The number of North Korean soldiers based in Russia is now about 14,000, Kyiv says.",
        [("troops", 14000, "PRK", "RUS")],
    ),
    ("The number of North Korean soldiers killed in Russia is about 4,000, Kyiv says.", []),
    # a headcount in an aside after the people: between dashes or in brackets
    (
        "Pyongyang has also sent soldiers—roughly 9,000 by most counts—to Russia this autumn.",
        [("troops", 9000, "PRK", "RUS")],
    ),
    (
        "North Korea dispatched engineers (about 600, officials say) to Russia's Kursk region.",
        [("engineers", 600, "PRK", "RUS")],
    ),
    # nationals counted at work abroad are laborers
    (
        "In 2021 there were 2,500 North Koreans working in Russia, the ministry said.",
        [("laborers", 2500, "PRK", "RUS")],
    ),
    ("Some 4,000 North Koreans died in Russia's Kursk region, officials said.", []),
    # a headcount stated after the people it counts
    (
        "Fewer North Korean builders remain in Russia, where the workforce stood at 20,000 in 2019.",
        [("laborers", 20000, "PRK", "RUS")],
    ),
    (
        "Officials expect North Korean workers in Russia to reach 40,000 next year.",
        [("laborers", 40000, "PRK", "RUS")],
    ),
    ("The factory's workforce stood at 300 in 2019.", []),
    ("The workforce North Korea sends abroad numbered 90,000 at its peak.", []),
    # a reaction to a sending named by a noun: the one who reacts sends nothing; "by X" is the sender
    (
        "Tokyo denounced the dispatch of 8,000 soldiers by Pyongyang to Russia's western regions.",
        [("troops", 8000, "PRK", "RUS")],
    ),
    # "thousands more" counts like "thousands of"
    (
        "Thousands more North Korean labourers are set to leave for Russia in spring.",
        [("laborers", 2000, "PRK", "RUS")],
    ),
    # weapons experts sent abroad are specialists
    (
        "In October, Pyongyang dispatched a group of weapons experts to Russia.",
        [("specialists", None, "PRK", "RUS")],
    ),
    # another clause's casualties do not cancel the headcount
    (
        "Officials said 12,000 North Korean labourers were in jobs in Russia, and that the army had lost 3,000 men in casualties.",
        [("laborers", 12000, "PRK", "RUS")],
    ),
    # the whole a casualty count is taken from was sent; the part that died is no deployment
    (
        "A lawmaker said that out of the roughly 10,500 soldiers North Korea sent to Russia, about 1,000 had died.",
        [("troops", 10500, "PRK", "RUS")],
    ),
    (
        "Analysts think 700 of the 9,500 North Korean soldiers sent to Russia were wounded by March.",
        [("troops", 9500, "PRK", "RUS")],
    ),
    # ... but soldiers mourned with no part named are casualties
    ("The ceremony mourned the deaths of the 1,000 North Korean soldiers killed in Kursk.", []),
    # losses in an aside after the headcount do not cancel it
    (
        "Pyongyang dispatched about 13,000 soldiers to Russia under the treaty, with 4,000 wounded, Seoul said.",
        [("troops", 13000, "PRK", "RUS")],
    ),
]

# a mention on the partner's battlefield restates the deployment to the partner
ARTICLES = [
    (
        "North Korea sent 11,000 troops to Russia last autumn.\n"
        "North Korean troops have since been deployed in Ukraine, officials said.\n",
        [("troops", 11000, "PRK", "RUS")],
    ),
]
