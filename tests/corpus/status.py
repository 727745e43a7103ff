"""Example corpus for status words on real phrasing (``vocab/hedges.csv`` and ``attribution.status_for``).

Every sentence is written for this project. Each entry: (sentence, expected sorted statuses of its facts).
"""

SENTENCES = [
    # the plan of a second figure in its own clause does not reach the first
    (
        "Some 5,000 North Korean labourers are in Russia, with 3,000 more labourers to be sent by December.",
        ["planned", "reported"],
    ),
    # "would" after an expectation or promise is the planned future, not a possibility
    (
        "Pyongyang expects that Moscow would hand over 20 fighter jets to North Korea in return.",
        ["planned"],
    ),
    # an agreement to send is a plan
    ("The agreement to send 5,000 builders from North Korea to Russia was signed in June.", ["planned"]),
    # allegations make a fact possible, like "alleged"
    (
        "Allegations persist that 300 ballistic missiles moved from North Korea to Russia.",
        ["possible"],
    ),
    # signs are not yet a report
    ("Analysts see signs that 40 North Korean engineers reached Russia in May.", ["possible"]),
    # what a container can hold is possible; the containers themselves are reported
    (
        "Each of the 500 containers sent from North Korea to Russia can contain 300 shells.",
        ["possible", "reported"],
    ),
    # a hedge on the contents after "with" is the contents', not the containers'
    (
        "Some 4,000 containers went from North Korea to Russia with possibly a million shells aboard.",
        ["possible", "reported"],
    ),
]
