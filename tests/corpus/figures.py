"""Example corpus for ``extraction/designations.py``: figures that are not what they look like.

Each entry: (sentence, expected facts as (fact_type, quantity-or-value, unit) tuples, in any order).
Sentences are written for this project; publication date 2025-03-10.
"""

SENTENCES = [
    # a bare "thousand of" (a headline's misspelt plural) is thousands, not one thousand; "more" counts too
    ("Pyongyang sends Moscow thousand of labourers", [("deployment", 2000.0, None)]),
    (
        "Some 3,000 North Korean troops are in Russia, and thousands more will follow.",
        [("deployment", 3000.0, None)],
    ),
    # "N-plus" / "N+" is at least N
    ("North Korea sent 3,000-plus engineers to Russia.", [("deployment", 3000.0, None)]),
    # calibres and model designations are not quantities
    ("North Korea sent 20,000 155-millimetre shells to Russia.", [("shipment", 20000.0, "item")]),
    ("Pyongyang delivered 4,000 122 mm rockets to Moscow.", [("shipment", 4000.0, "item")]),
    ("North Korea shipped 40 M-46 guns to Russia.", [("shipment", 40.0, "item")]),
    ("Russia received 50 KN-23 missiles from North Korea.", [("shipment", 50.0, "item")]),
    ("Russia received 130mm rounds from North Korea.", [("shipment", None, None)]),
    # "m" / "mn" / "mt" after a number before goods is million
    ("Russia exported 5 m tonnes of wheat to North Korea last year.", [("shipment", 5e6, "tonne")]),
    ("Russia delivered 2mt of coal to North Korea.", [("shipment", 2e6, "tonne")]),
    ("Russia sent 1.5mn barrels of oil to North Korea.", [("shipment", 1.5e6, "barrel")]),
    # a four-digit figure before a unit of measure is no year ("2092 tons"), a year before goods is
    ("Russia sent 3071 tons of flour to North Korea.", [("shipment", 3071.0, "tonne")]),
    ("In 2024 Russia sent 5,000 tons of flour to North Korea.", [("shipment", 5000.0, "tonne")]),
    # numbers in words with scales
    ("North Korea shipped seven million shells to Russia.", [("shipment", 7e6, "item")]),
    # "one" is a figure before a unit of measure, never alone ("one of the bridges")
    ("The Khasan–Tumangang bridge will be one kilometre long.", [("infrastructure", 1.0, "km")]),
    (
        "The Khasan–Tumangang bridge, one of the longest in the region, is 1 km long.",
        [("infrastructure", 1.0, "km")],
    ),
    # widths and heights are not lengths, also when the dimension is named before the figure
    (
        "The Khasan–Tumangang bridge is 1 km long, 12 metres wide and 20 m high.",
        [("infrastructure", 1.0, "km")],
    ),
    ("The width of the Khasan–Tumangang bridge is 9 metres.", []),
    ("The height of the new Khasan–Tumangang bridge will be 30 m.", []),
]

# an article before a small number word is no figure of its own ("an eighteen-car train" is eighteen)
ARTICLE_BEFORE_NUMBER_WORD = [
    ("an eighteen-car train", 18.0),
    ("a hundred shells", 100.0),
    ("a dozen tankers", 12.0),
]
