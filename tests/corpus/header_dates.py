"""Example corpus for publication dates read from an article's own header (``ingest/metadata.py``).

Each entry: (file name, file text, expected published_date as ISO or None, expected source).
All texts are written for this project.
"""

ARTICLES = [
    (
        "wire.txt",
        "Kyiv, 12 September 2025 – Ukraine's military intelligence said 3,000 more soldiers arrived in Kursk.\n",
        "2025-09-12",
        "dateline",
    ),
    (
        "wire_no_year.txt",
        "SEOUL, Nov 3 (Reuters) - North Korea has sent 1,000 engineers to Russia, officials said.\n",
        None,  # a dateline without a year is not a date: never guessed
        None,
    ),
    (
        "stamp.txt",
        "North Korean engineers head to Kursk\nNovember 3, 2025 4:12 AM GMT+9\n\nAbout 1,000 engineers left on Monday.\n",
        "2025-11-03",
        "timestamp",
    ),
    (
        "lines.txt",
        "Rail freight grows at Khasan\nUpdated: 9 March 2025\nPublished: 2 March 2025\n\nThe terminal moved 40,000 tonnes.\n",
        "2025-03-02",
        "published_line",
    ),
    (
        "front.md",
        "---\ntitle: Grain for the North\ndate: 2025-02-03\ntags: [grain, trade]\n---\n"
        "Russia shipped 5,000 tonnes of wheat to North Korea last month.\n",
        "2025-02-03",
        "front_matter",
    ),
]
