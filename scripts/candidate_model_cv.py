"""Would a learned accept/reject step beat the rules? Leave-one-batch-out cross-validation on the real set.

Issue 7, section 5: "generous candidate generation plus a classifier trained on your gold". This
script measures that design on the cached real articles (``tests/real``) before anything of it goes
into the extractor:

* **candidates** are the rule extractor's facts plus *generous* ones: every item or personnel
  mention in a sentence that names Russia or North Korea, as a figureless shipment or deployment,
  when the rules produced no fact of that kind in the article;
* a candidate is **positive** when it matches a gold fact (``evaluation.matches``, one-to-one);
* a logistic regression (scikit-learn, a dev dependency) over sparse features (fact type and kind,
  unit, status, direction shape, claimant type, whether it is dated, the words around the figure
  and in the sentence) is trained on all batches but one and scored on the held-out batch.

Three policies are compared per held-out batch: the rules alone, the classifier over every
candidate (``filter``), and the rules plus the classifier's pick of generous candidates
(``hybrid``). Run: ``.venv/bin/python scripts/candidate_model_cv.py`` (needs the cache).
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dagster_project import evaluation_real as er  # noqa: E402
from dagster_project.evaluation import matches  # noqa: E402
from dagster_project.extraction.cleaning import clean_text  # noqa: E402
from dagster_project.extraction.segment import split_sentences  # noqa: E402
from dagster_project.extraction.sentence import VOCABULARIES  # noqa: E402
from dagster_project.extraction.vocab import find_all  # noqa: E402

KEY = {
    "shipment": "item",
    "deployment": "personnel_type",
    "infrastructure": "attribute",
    "currency": "mechanism",
}
FIGURES = ("quantity", "quantity_low", "quantity_high", "value_number", "amount", "share_low")
WORD = re.compile(r"[a-z]+")


def features(fact: dict, facts_in_sentence: int, source: str) -> dict[str, float]:
    kind = fact["fact_type"]
    text = fact["evidence_text"]
    start = fact["anchor_start"] - fact["evidence_start"]
    end = fact["anchor_end"] - fact["evidence_start"]
    shape = "".join(
        "x" if c is None else "k" if c in ("PRK", "RUS") else "o"
        for c in (fact.get("origin_country"), fact.get("destination_country"))
    )
    out = {
        f"source={source}": 1.0,
        f"type={kind}": 1.0,
        f"{kind}:kind={fact.get(KEY[kind])}": 1.0,
        f"{kind}:figure={any(fact.get(n) is not None for n in FIGURES)}": 1.0,
        f"unit={fact.get('unit')}": 1.0,
        f"status={fact.get('status')}": 1.0,
        f"direction={shape}": 1.0,
        f"claimant={fact.get('claimant_type') or ('untyped' if fact.get('claimed_by') else 'none')}": 1.0,
        f"dated={fact.get('period_start') is not None}": 1.0,
        f"facts_in_sentence={min(facts_in_sentence, 4)}": 1.0,
        f"sentence_length={min(len(text) // 80, 4)}": 1.0,
    }
    for word in WORD.findall(text[max(0, start - 60) : start].lower())[-6:]:
        out[f"left:{word}"] = 1.0
    for word in WORD.findall(text[end : end + 60].lower())[:6]:
        out[f"right:{word}"] = 1.0
    for word in set(WORD.findall(text.lower())):
        out[f"sentence:{word}"] = 0.3
    return out


def generous(body: str, predicted: list[dict]) -> list[dict]:
    """Figureless candidates for item and personnel mentions the rules did not turn into a fact."""
    have = {(p["fact_type"], p.get("item") or p.get("personnel_type")) for p in predicted}
    out = []
    for sentence in split_sentences(body):
        found = find_all(sentence.text, VOCABULARIES)
        if not any(c.row["iso3"] in ("RUS", "PRK") for c in found["countries"]):
            continue
        for vocabulary, kind, column in (
            ("items", "shipment", "item"),
            ("personnel", "deployment", "personnel_type"),
        ):
            for m in found[vocabulary]:
                if (kind, m.row[column]) in have:
                    continue
                have.add((kind, m.row[column]))
                out.append(
                    {
                        "fact_type": kind,
                        column: m.row[column],
                        "status": "reported",
                        "evidence_text": sentence.text,
                        "evidence_start": sentence.start,
                        "anchor_start": sentence.start + m.start,
                        "anchor_end": sentence.start + m.end,
                    }
                )
    return out


def candidates(batches: list[str]) -> list[tuple]:
    """(batch, features or None, label) rows; a None row carries the gold facts no candidate matches."""
    rows = []
    for batch in batches:
        scored = er.score_batch(batch, manifest_dates=True)
        for label, gold, predicted in scored["pairs"]:
            left = list(gold)
            per_sentence = collections.Counter(p["evidence_start"] for p in predicted)
            for pool, source in ((predicted, "rule"), (None, "generous")):
                if pool is None:
                    path = ROOT / "tests" / "real" / "cache" / f"{label}.txt"
                    pool = generous(clean_text(er._read_exact(path)), predicted)
                for fact in pool:
                    hit = next((g for g in left if matches(g, fact)), None)
                    if hit is not None:
                        left.remove(hit)
                    feats = features(fact, per_sentence[fact["evidence_start"]], source)
                    rows.append((batch, feats, int(hit is not None)))
            rows.append((batch, None, len(left)))
    return rows


def prf(rows: list[tuple], keep) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for _, feats, label in rows:
        if feats is None:
            fn += label
        elif keep(feats):
            tp, fp = tp + label, fp + (1 - label)
        else:
            fn += label
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument("--thresholds", default="0.3,0.4,0.5,0.6")
    args = parser.parse_args(argv)
    batches = [b for b in er.batches() if er.score_batch(b)["state"] == "scored"]
    if len(batches) < 3:
        print("needs at least three annotated, cached batches (see tests/real/README.md)")
        return 2
    rows = candidates(batches)
    models = {}
    for held in batches:
        train = [r for r in rows if r[0] != held and r[1] is not None]
        vectorizer = DictVectorizer()
        model = LogisticRegression(C=args.c, max_iter=2000)
        model.fit(vectorizer.fit_transform([r[1] for r in train]), [r[2] for r in train])
        models[held] = (vectorizer, model)

    def probability(held: str, feats: dict) -> float:
        vectorizer, model = models[held]
        return model.predict_proba(vectorizer.transform([feats]))[0, 1]

    positives = sum(r[2] for r in rows if r[1] is not None and "source=generous" in r[1])
    print(
        f"{len(batches)} batches; candidates: {sum(r[1] is not None for r in rows)}, generous ones matching gold: {positives}"
    )
    print("policy             " + " ".join(f"{b:>5}" for b in batches) + "   pooled P     R     F1")
    policies = [("rules", None)]
    for th in (float(t) for t in args.thresholds.split(",")):
        policies += [(f"filter {th:.1f}", ("filter", th)), (f"hybrid {th:.1f}", ("hybrid", th))]
    for name, policy in policies:
        per_batch, kept = [], []
        for held in batches:
            test = [r for r in rows if r[0] == held]
            if policy is None:
                keep = lambda f: "source=rule" in f  # noqa: E731
            elif policy[0] == "filter":
                keep = lambda f, h=held, t=policy[1]: probability(h, f) >= t  # noqa: E731
            else:
                keep = lambda f, h=held, t=policy[1]: "source=rule" in f or probability(h, f) >= t  # noqa: E731
            per_batch.append(prf(test, keep)[2])
            kept += [(b, f if f is None or keep(f) else {"dropped": 1.0}, y) for b, f, y in test]
        p, r, f1 = prf(
            [(b, None, y) if f is not None and "dropped" in f else (b, f, y) for b, f, y in kept],
            lambda f: True,
        )
        print(f"{name:<18} " + " ".join(f"{x:5.2f}" for x in per_batch) + f"   {p:.3f} {r:.3f} {f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
