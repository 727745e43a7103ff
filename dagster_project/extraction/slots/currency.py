"""Currency-arrangement slots: payment channels, shares kept by the state, wage remittances and
rates per period. Examples: ``tests/corpus/money.py``."""

from __future__ import annotations

import re

from ..attribution import clause_bounds
from ..model import Fact
from ..sentence import (
    PERIOD_WORD,
    Analysis,
)
from ..vocab import Mention
from .common import (
    ArticleContext,
)

_REMIT = re.compile(
    r"\b(?:surrender\w*|hand(?:ed|s|ing)? over|remit\w*|confiscat\w*|sen[dt]\w* (?:back )?home|sen[dt]\w* back|withh[oe]ld\w*|"
    r"seiz\w*|deduct\w*|tak(?:e|en|es|ing)|took|straight to|directly to|as loyalty fees?|goes to|go to|siphon\w*|transferr?\w* to|pa(?:y|id) to|turn(?:ed)? over|kept by|keeps?|"
    # "Pyongyang pockets the builders' salaries by claiming them", "are forced to pay the state"
    r"claim(?:s|ed|ing)?|(?:must|has to|have to|had to|ordered to|forced to)\s+(?:now\s+)?pay)\b",
    re.I,
)
_SETUP = re.compile(
    r"\b(?:establish\w*|set(?:ting)? up|launch\w*|open\w*|creat\w*|agree\w*|sign\w*|us(?:e|es|ed|ing)|switch\w*|"
    r"introduc\w*|settl\w*|conduct\w*|link\w*|connect\w*|began|begun|start\w*|allow\w*|enabl\w*|set|"
    r"pa(?:y|id|ying|ys)|transferr?\w*|receiv\w*|accept\w*|laundered|moved|"
    # accounts kept open, payments facilitated, assets unfrozen, money funnelled
    r"held|hold\w*|kept|keep\w*|maintain\w*|facilitat\w*|unfr[oe]\w*|funnel\w*)\b",
    re.I,
)
_WAGE_FLOW = re.compile(
    r"\b(?:sen[dt]s?|remit\w*|transferr?\w*|funnel\w*|channel\w*)\b[^.;]{0,80}"
    r"\b(?:back|home|to (?:Pyongyang|North Korea|the regime|the state))\b",
    re.I,
)
_CHANNEL_REFERENCE = re.compile(
    r"\b(?:the|this|that|these)\s+(?:channel|system|mechanism|accounts?|scheme|route|arrangement|payment system)\b",
    re.I,
)


# a share compared with something else is no share taken ("30 percent below the average wage")
_COMPARISON_AFTER = re.compile(
    r"\s*(?:(?:percent|per\s+cent|%)\s*)?(?:less|more|lower|higher|below|above|than|fewer|smaller|bigger|larger)\b",
    re.I,
)
# wage surfaces that are verbs ("sent back to") carry money only when the sentence speaks of money:
# "a third of the sick cadets were sent back home" moves people
_VERB_SURFACES = frozenset({"sent back to", "sent back home", "remitted", "remit", "remitting", "remits"})
_MONEY_WORDS = re.compile(
    r"\b(?:wages?|salar\w*|earnings?|pay|income|money|funds?|cash|currency|currencies|dollars?|rubles?|roubles?|"
    r"won|yuan|euros?|remittances?)\b|[$€₽]",
    re.I,
)
_RATE_AFTER = re.compile(
    r"\b(?:(?:per|a|an|each|every)\s+(?P<unit>day|week|month|year|annum)|(?P<adv>daily|weekly|monthly|annually|yearly))\b",
    re.I,
)
_PAY_VERB = re.compile(
    r"\b(?:pay|pays|paid|paying|hand(?:s|ed|ing)?\s+(?:over|in)|contribut\w*|remit\w*|submit\w*)\b", re.I
)
_EACH = re.compile(
    r"\b(?:each|every|per)\s+(?:person|worker|labou?rer|employee|head|month|year|week)\b", re.I
)


def _rate(text: str, money) -> str | None:
    """The period of an amount: "$70 per month", "$70 of their wages each month"."""
    _, ce = clause_bounds(text, money.start)
    m = _RATE_AFTER.search(text, money.end, min(ce, money.end + 50))
    if m is None:
        return None
    return PERIOD_WORD[(m["unit"] or m["adv"]).lower()]


# what workers keep is the rest of what the state takes: "they keep no more than 30% of their
# pay" -> at least 70% taken
_KEPT_SHARE = re.compile(
    r"\b(?:take\s+home|takes\s+home|took\s+home|keep|keeps|kept|retain\w*|(?:are|were|is)\s+left\s+with|get\s+to\s+keep)\s+"
    r"(?P<bound>only\s+|just\s+|no\s+more\s+than\s+|less\s+than\s+|at\s+most\s+|up\s+to\s+)?"
    r"(?P<n>\d{1,2}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+of\s+(?:[\w’']+\s+){0,6}?"
    r"(?:wages?|salar\w*|earn\w*|pay|income)\b",
    re.I,
)


def _kept_share(a: Analysis) -> list[Fact]:
    if not any(q.percent for q in a.quantities):
        return []
    m = _KEPT_SHARE.search(a.text)
    if m is None:
        return []
    taken = 100.0 - float(m["n"])
    bound = (m["bound"] or "").strip().lower()
    at_least = bound.startswith(("no more", "less", "at most", "up to", "only", "just"))
    return [
        Fact(
            "currency",
            mechanism="wage_remittance",
            share_low=taken,
            share_high=None if at_least else taken,
            quantity_text=m.group(0),
            anchor_start=m.start(),
            anchor_end=m.end(),
        )
    ]


def _wage_payment(a: Analysis, context: ArticleContext | None) -> list[Fact]:
    """ "Every labourer has to pay another $70 a month", in an article already speaking of money the
    state takes from its workers abroad: the payment is the same arrangement."""
    last = context.last_flow.get("currency") if context is not None else None
    if not last or last[1] != "wage_remittance" or not a.money:
        return []
    text = a.text
    if not (_PAY_VERB.search(text) and _EACH.search(text)):
        return []
    pays = [m for m in _PAY_VERB.finditer(text)]
    money = min(a.money, key=lambda mo: min(abs(mo.start - p.end()) for p in pays))
    return [
        Fact(
            "currency",
            mechanism="wage_remittance",
            currencies=money.currency,
            amount=money.value,
            amount_currency=money.currency,
            per_period=_rate(text, money),
            anchor_start=money.start,
            anchor_end=money.end,
        )
    ]


def currency_facts(
    a: Analysis, mechanisms: list[Mention], context: ArticleContext | None = None
) -> list[Fact]:
    text = a.text
    mechanisms = [
        m
        for m in mechanisms
        if m.surface.lower() not in _VERB_SURFACES or a.money or _MONEY_WORDS.search(text)
    ]
    if not mechanisms and a.personnel and a.money and _WAGE_FLOW.search(text):
        # "North Korean laborers send an estimated $120 million back to Pyongyang every year"
        money = a.money[0]
        return [
            Fact(
                "currency",
                mechanism="wage_remittance",
                currencies=money.currency,
                amount=money.value,
                amount_currency=money.currency,
                per_period=_rate(text, money),
                anchor_start=money.start,
                anchor_end=money.end,
            )
        ]
    if not mechanisms:
        recent = context.recent("currency") if context is not None else None
        if recent is None or not a.money or not _CHANNEL_REFERENCE.search(text):
            return _wage_payment(a, context) or _kept_share(a)
        mechanism, codes = recent  # "2.5 billion rubles went through the channel": the one just named
        money = a.money[0]
        fact = Fact(
            "currency",
            mechanism=mechanism,
            currencies=",".join(sorted(set(filter(None, (codes or "").split(","))) | {money.currency})),
            amount=money.value,
            amount_currency=money.currency,
            anchor_start=money.start,
            anchor_end=money.end,
        )
        return [fact]
    mech = max(mechanisms, key=lambda m: (m.end - m.start, -m.start))
    mechanism = mech.row["mechanism"]
    codes = sorted({c.row["code"] for c in a.currencies})
    shares = [
        q
        for q in a.quantities
        if q.percent
        and 0 <= (q.low or 0)
        and (q.high or q.value or 0) <= 100
        and not _COMPARISON_AFTER.match(text, q.end)
    ]
    amounts = [m for m in a.money]
    if mechanism == "wage_remittance":
        if not (shares or _REMIT.search(text)):
            return []
        if (
            not re.search(
                r"\b(?:regime|state|government|pyongyang|north korea|home|authorities|employer|party|loyalty)\b",
                text,
                re.I,
            )
            and not shares
        ):
            return []
    elif mechanism == "barter":
        if not (a.countries or _SETUP.search(text)):
            return []
    elif mechanism == "crypto":
        if not _SETUP.search(text):
            return []  # "hackers stole cryptocurrency" is not a payment channel
    elif not (_SETUP.search(text) or codes):
        return []
    fact = Fact(
        "currency",
        mechanism=mechanism,
        currencies=",".join(codes) if codes else None,
        anchor_start=mech.start,
        anchor_end=mech.end,
    )
    if shares:
        s = shares[0]
        # "up to 90%" is a ceiling only, "at least 70%" a floor only (annotation guide's bounds)
        fact.share_low, fact.share_high = (
            (s.low, s.high) if (s.low, s.high) != (None, None) else (s.value, s.value)
        )
        fact.quantity_text = text[s.start : s.end]
        fact.anchor_start = min(fact.anchor_start, s.start)
        kept = _kept_share(a) if mechanism == "wage_remittance" else []
        if kept:  # "they keep only 30% of their wages": the state takes the rest
            fact.share_low, fact.share_high = kept[0].share_low, kept[0].share_high
    if amounts:
        fact.amount, fact.amount_currency = amounts[0].value, amounts[0].currency
        fact.per_period = _rate(text, amounts[0])
    if context is not None:
        context.remember("currency", mechanism, fact.currencies)
    return [fact]
