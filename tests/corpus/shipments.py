"""Example corpus for the shipment slots (``extraction/slots/shipments.py``, ``vocab/items.csv``,
``vocab/units.csv``, ``vocab/generic_goods.csv``, ``vocab/verbs.csv``): one list per rule.

Each entry: (sentence, expected shipments as (item, quantity-or-low, unit, origin, destination)
tuples, in any order). Sentences are written for this project; publication date 2025-03-10.
"""

# Ammunition is a named materiel: a transfer of it with a clear direction is a fact without a
# figure; weapons and arms in general are not (see cooperation.py).
AMMUNITION = [
    (
        "Moscow has bought ammunition and ballistic missiles from Pyongyang for its war.",
        [("ammunition", None, None, "PRK", "RUS"), ("ballistic_missile", None, None, "PRK", "RUS")],
    ),
    (
        "North Korea has provided both soldiers and ammunition to Russia for the war.",
        [("ammunition", None, None, "PRK", "RUS")],
    ),
]

# "artillery" alone is artillery systems (guns); "artillery units" are troops, not goods.
ARTILLERY = [
    (
        "Pyongyang has begun shipping artillery to Russia by rail, a broadcaster reported.",
        [("artillery_system", None, None, "PRK", "RUS")],
    ),
    ("North Korean artillery units fired on Ukrainian positions near Kursk.", []),
]

# Counted cargo: containers "with" goods carry them; contents only possible leave the containers
# as the item; a figure that counts lines or trains of containers counts no containers; the
# nationality of the goods inside ("containers of North Korean shells") is their origin.
CONTAINERS = [
    (
        "Researchers have traced the delivery of about 9,000 containers of North Korean shells since the autumn.",
        [("artillery_shell", 9000.0, "container", "PRK", None)],
    ),
    (
        "About 3,000 containers with weapons have been sent from Rajin to Vostochny, Seoul said.",
        [("arms", 3000.0, "container", "PRK", "RUS")],
    ),
    (
        "North Korea may have sent up to 4,500 containers with possibly millions of shells inside to Russia.",
        [("container", 4500.0, "container", "PRK", "RUS"), ("artillery_shell", 2e6, "item", "PRK", "RUS")],
    ),
    ("Imagery shows three rows of rail containers at the Tumangang yard bound for Russia.", []),
]

# Rail cars counted at a station of one country of the pair leave it for the other; the count may
# be approximate after the figure, follow the noun, or be glued to "-car train".
RAILCARS = [
    (
        "Analysts spotted 60 or so freight cars waiting at Tumangang station on Monday.",
        [("wagon", 60.0, "wagon", "PRK", "RUS")],
    ),
    (
        "At Tumangang station the think tank counted freight railcars numbering about 55.",
        [("wagon", 55.0, "wagon", "PRK", "RUS")],
    ),
    (
        "A twelve-car train was photographed at Khasan station, analysts said.",
        [("wagon", 12.0, "wagon", "RUS", "PRK")],
    ),
    ("The freight yard in Novosibirsk holds about 400 wagons.", []),
]

# Named kinds: petroleum is refined petroleum, Koksans (like other self-propelled guns) are
# artillery systems, multiple-launch rocket systems are rocket launchers; "handed" is a verb of
# transfer; a country name before a count is no model designation ("sent North Korea 40,000 tonnes"); "used to send" is a past transfer.
KINDS = [
    (
        "Russia has supplied North Korea with upwards of a million barrels of fuel oil so far this year.",
        [("refined_petroleum", 1e6, "barrel", "RUS", "PRK")],
    ),
    (
        "Pyongyang has sent at least 80 M1989 Koksans to Moscow since summer.",
        [("artillery_system", 80.0, "item", "PRK", "RUS")],
    ),
    (
        "North Korea has also handed Russia 60 multiple-launch rocket systems.",
        [("rocket_launcher", 60.0, "item", "PRK", "RUS")],
    ),
    (
        "Until last year Moscow used to send North Korea 40,000 tonnes of wheat at a time.",
        [("wheat", 40000.0, "tonne", "RUS", "PRK")],
    ),
    # refined oil is refined petroleum, not crude
    (
        "Customs data show Russia sold North Korea 12,500 barrels of refined oil in the spring.",
        [("refined_petroleum", 12500.0, "barrel", "RUS", "PRK")],
    ),
]

# Verbs of acquiring: "procured" is "received".
PROCURED = [
    (
        "Russia procured cruise missiles from North Korea last year.",
        [("cruise_missile", None, None, "PRK", "RUS")],
    ),
]

# Direction: the owner of a nominalised transfer sends; a speaker before "that" does not.
DIRECTION = [
    (
        "Tokyo and Canberra condemned North Korea's suspected supplying of rockets to Russia.",
        [("rocket", None, None, "PRK", "RUS")],
    ),
    (
        "Japan and Australia believe that the two leaders agreed to provide Russia with rockets.",
        [],  # no sender named: Japan and Australia only say so
    ),
    (  # a capital that speaks first, without "that", sends nothing: the ports give the direction
        "Tokyo said roughly 2,000 containers of shells were shipped from Rajin to Vostochny.",
        [("artillery_shell", 2000.0, "container", "PRK", "RUS")],
    ),
    (  # the passive "is said to" keeps its subject as the sender
        "Pyongyang is said to have sent 4,000 containers of shells to Russia.",
        [("artillery_shell", 4000.0, "container", "PRK", "RUS")],
    ),
]

# Counted ships: the cargo counted in tankers, carried home by the flag when it loads abroad,
# sent by the flag when it unloads abroad; a part of the tankers counted before is its own fact.
VESSELS = [
    (
        "This month six North Korean tankers sailed into Nakhodka, where they loaded diesel.",
        [("refined_petroleum", 6.0, "tanker", "RUS", "PRK")],
    ),
    (
        "Last week eight North Korean tankers left Vostochny carrying oil products.",
        [("refined_petroleum", 8.0, "tanker", "RUS", "PRK")],
    ),
    (
        "Four Russian tankers carrying fuel oil unloaded at Chongjin in May.",
        [("refined_petroleum", 4.0, "tanker", "RUS", "PRK")],
    ),
    (
        "Seven North Korean tankers left Vostochny with diesel in May. Three of the tankers then unloaded at Chongjin.",
        [
            ("refined_petroleum", 7.0, "tanker", "RUS", "PRK"),
            ("refined_petroleum", 3.0, "tanker", "RUS", "PRK"),
        ],
    ),
    (  # ships counted a few sentences after the tankers carry the tankers' cargo
        "Seven North Korean tankers left Vostochny with diesel in May. The port is run by a Russian firm. "
        "Sanctions experts called the trade blatant. The UN panel has been disbanded. "
        "Imagery shows that two ships then sailed from Vostochny to Chongjin.",
        [
            ("refined_petroleum", 7.0, "tanker", "RUS", "PRK"),
            ("refined_petroleum", 2.0, "tanker", "RUS", "PRK"),
        ],
    ),
]

# (whole articles) a headline transfer without a figure is told by the body's goods of the same
# kind; "N tanker deliveries" count deliveries
ARTICLES = [
    (
        "North Korea sends heavy artillery to Russia\n\n"
        "Pyongyang has shipped 60 self-propelled howitzers to Russia since May, officials in Seoul said on Tuesday.\n",
        [("artillery_system", 60.0, "item", "PRK", "RUS")],
    ),
    (
        "Russia ships diesel to North Korea again\n\n"
        "Russia has resumed fuel sales to North Korea. At least 25 tanker deliveries of diesel from Nakhodka "
        "were tracked this spring.\n",
        [("refined_petroleum", 25.0, "trip", "RUS", "PRK")],
    ),
]

# Counted trips: voyages, visits and port calls of ships, or shipments counted as events; other
# trips and "times" are not.
TRIPS = [
    (
        "North Korean oil tankers have made 25 trips from Vostochny since April.",
        [("oil", 25.0, "trip", "RUS", "PRK")],
    ),
    (  # trips counted before the cargo they carry count trips, not containers
        "Russian cargo ships have made 20 round trips carrying containers from Rajin to Vostochny.",
        [("container", 20.0, "trip", "PRK", "RUS")],
    ),
    (  # ships and the trips they made: the trips measure the flow, the ships are not a second fact
        "Imagery shows that over a dozen North Korean tankers made 37 visits to an oil terminal at Nakhodka.",
        [("oil", 37.0, "trip", "RUS", "PRK")],
    ),
    (  # container ships are ships, not containers; with no cargo named, no fact
        "Analysts logged 51 voyages by three Russian container ships between Rajin and Vostochny.",
        [],
    ),
    (  # a volume in the same sentence measures the flow: the visits are not counted again
        "North Korean tankers have made more than 30 visits to Vostochny since May, loading roughly "
        "800,000 barrels of Russian diesel.",
        [("refined_petroleum", 800000.0, "barrel", "RUS", "PRK")],
    ),
    ("The North Korean delegation made three trips to Moscow this year.", []),
    ("Russia's grain harvest was three times larger than North Korea's.", []),
]

# Tonnes and barrels of fuel, coal and grain: glued units ("21,500t"), barrels a day ("b/d"), the
# goods after a bracketed restatement, before the figure, coordinated, "along with" an earlier
# figure, or named by reference.
VOLUMES = [
    (  # a second figure "along with" the first measures the same goods
        "Officials said 2,400 tonnes of Russian flour reached Nampo on Friday, along with 700 tonnes "
        "unloaded there a week before.",
        [("flour", 2400.0, "tonne", "RUS", "PRK"), ("flour", 700.0, "tonne", "RUS", "PRK")],
    ),
    (
        "North Korean tankers loaded about 800 b/d (26,000t) of Russian diesel at Nakhodka this year.",
        [
            ("refined_petroleum", 800.0, "barrel", "RUS", "PRK"),
            ("refined_petroleum", 26000.0, "tonne", "RUS", "PRK"),
        ],
    ),
    (
        "Diesel totalling 31,200 barrels was shipped from Russia to North Korea in May, Moscow told the committee.",
        [("refined_petroleum", 31200.0, "barrel", "RUS", "PRK")],
    ),
    (
        "In June and July Russia sold North Korea petrol of 12,400 barrels and 8,050 barrels.",
        [
            ("refined_petroleum", 12400.0, "barrel", "RUS", "PRK"),
            ("refined_petroleum", 8050.0, "barrel", "RUS", "PRK"),
        ],
    ),
    (
        "Moscow moved 70,000 tonnes of Kuzbass coal into North Korea in April. "
        "In the two years before, Russia had exported 150,000 tonnes and 90,000 tonnes of the same commodity.",
        [
            ("coal", 70000.0, "tonne", "RUS", "PRK"),
            ("coal", 150000.0, "tonne", "RUS", "PRK"),
            ("coal", 90000.0, "tonne", "RUS", "PRK"),
        ],
    ),
    (  # the deadweight tonnes are the size of a ship, not goods
        "Around ten North Korean tankers, each a 2,500 deadweight tonnes vessel, shuttle diesel from Vladivostok to Rajin.",
        [("refined_petroleum", 10.0, "tanker", "RUS", "PRK")],
    ),
]

# Missiles of one country used or launched by the other were sent to it; launched or fired at a
# target without a user is a strike; missiles of no stated kind take the kind named before.
USED = [
    (
        "Kyiv says Moscow has used North Korea's ballistic missiles against its cities.",
        [("ballistic_missile", None, None, "PRK", "RUS")],
    ),
    (
        "Russia fired missiles supplied by North Korea at Odesa, officials said.",
        [],  # fired at a target, no "use": a strike
    ),
    (
        "Officials in Kyiv counted about 40 North Korean missiles launched by Russia since January.",
        [("missile", 40.0, "item", "PRK", "RUS")],
    ),
    ("About 40 North Korean missiles were fired at Kharkiv in January.", []),
    (
        "North Korea has sent KN-24 missiles to Russia. Kyiv says Russia has used 12 North Korean missiles so far.",
        [("ballistic_missile", 12.0, "item", "PRK", "RUS")],  # the figureless mention is restated
    ),
    ("Ukraine is using American cruise missiles against Russia.", []),
]

# Goods that do not move: the object of another verb, or a modifier of a coordinated head.
NOT_MOVED = [
    ("Moscow gave Pyongyang a chance to test missiles at its ranges.", []),
    ("Russia may give North Korea help in missile and satellite programmes.", []),
]

# Direction from a pronoun subject, a port after "from", goods loaded onto a flag's ships, and
# tankers' trips to the other country (tankers go where fuel is loaded).
FLOW = [
    (
        "Russia told the committee that it had exported 20,000 barrels of petrol to North Korea in May.",
        [("refined_petroleum", 20000.0, "barrel", "RUS", "PRK")],
    ),
    (
        "North Korean tankers took about 9,000 tonnes of diesel from Nakhodka in March.",
        [("refined_petroleum", 9000.0, "tonne", "RUS", "PRK")],
    ),
    (
        "Roughly 4,000 tonnes of fuel oil were loaded onto North Korean tankers in June.",
        [("refined_petroleum", 4000.0, "tonne", None, "PRK")],
    ),
    (
        "North Korean oil tankers have made over 40 trips to Russia's Nakhodka port since May.",
        [("oil", 40.0, "trip", "RUS", "PRK")],
    ),
    (  # the supplies and their figure are one fact
        "Russian oil supplies to North Korea could reach 90,000 barrels of diesel this year, analysts estimate.",
        [("refined_petroleum", 90000.0, "barrel", "RUS", "PRK")],
    ),
]

# A figure without a verb of its own takes the last flow of the same kind of goods, not of the goods
# sent back in return.
SAME_KIND_FLOW = [
    (
        "North Korea sent 9,000 containers of munitions to Russia. In return, Moscow supplied Pyongyang "
        "with food. The containers might hold 2 million shells.",
        [
            ("ammunition", 9000.0, "container", "PRK", "RUS"),
            ("food", None, None, "RUS", "PRK"),
            ("artillery_shell", 2e6, "item", "PRK", "RUS"),
        ],
    ),
]

# Not transfers: limits named by the goods, ships named by their cargo, goods wanted, goods fired,
# goods used without a supplier of the other country, a share of a total stated elsewhere.
NOT_TRANSFERS = [
    ("Moscow brushed aside the restrictions on fuel supplies to Pyongyang.", []),
    ("Russia has ignored the UN oil export caps for North Korea.", []),
    ("The UN says Pyongyang's diesel imports from Moscow are capped at 400,000 barrels a year.", []),
    ("North Korean oil tankers sailing to Russia are old and poorly insured.", []),
    ("North Korea wants Russia to supply it with fighter jets.", []),
    ("Russian troops fired several North Korean-made KN-24 missiles at Kyiv overnight.", []),
    (
        "Russia has sent oil to North Korea. It also used 20 drones against Odesa.",
        [("oil", None, None, "RUS", "PRK")],
    ),
    ("Half of the containers were shipped in the spring.", []),
    (  # a share with its countries is a fact
        "Intelligence officials say half of the shells Russia fires are made in and sent from North Korea.",
        [("artillery_shell", 50.0, "percent", "PRK", "RUS")],
    ),
]

__all__ = [
    "AMMUNITION",
    "ARTILLERY",
    "ARTICLES",
    "RAILCARS",
    "KINDS",
    "CONTAINERS",
    "PROCURED",
    "DIRECTION",
    "VESSELS",
    "TRIPS",
    "VOLUMES",
    "USED",
    "NOT_MOVED",
    "FLOW",
    "NOT_TRANSFERS",
    "SAME_KIND_FLOW",
]
