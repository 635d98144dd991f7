#!/usr/bin/env python3
"""Print every K-th numeric claim (starting at claim OFFSET) of `chronicle analyze` output
(Doc JSON lines on stdin), with its sentence and attribution, for hand review.

    chronicle analyze --threads 1 CORPUS.jsonl | scripts/sample-claims.py K N OFFSET > sample.txt

Each item prints: n, article id, the expression, value (max), unit, modifier, the counted
phrase, the claimant (actor code, speaker name or source:<outlet>) with the span it came from,
the attribution's content, the sentence and the 240 bytes before it.
"""
import json
import sys


def main():
    every, limit, offset = (int(a) for a in (sys.argv[1:4] + ["72", "100", "36"][len(sys.argv[1:4]):]))
    seen = shown = 0
    for line in sys.stdin:
        doc = json.loads(line)
        text = doc["text"].encode("utf-8")

        def sl(span):
            return text[span[0]:span[1]].decode("utf-8", "replace") if span else "–"

        for c in doc["claims"]:
            take = seen >= offset and (seen - offset) % every == 0
            seen += 1
            if not take or shown >= limit:
                continue
            shown += 1
            sent = doc["sentences"][c["sentence"]]
            sspan = sent["span"] if isinstance(sent, dict) else sent
            q = doc["quotes"][c["quote"]] if c.get("quote") is not None else None
            content = " | ".join(sl(p) for p in q["content"]) if q else "–"
            vmax = f" ({c['value_max']})" if c.get("value_max") is not None else ""
            print(f"## {shown}\t{doc['meta']['id']}\t{sl(c['span'])!r}")
            print(f"value {c['value']}{vmax}  unit {c['unit']}  modifier {c['modifier']}  "
                  f"counted {sl(c.get('counted'))!r}  about {c.get('about')}")
            print(f"claimant {c['claimant']}  from {sl(c.get('claimant_span'))!r}")
            print(f"content {content[:400]!r}")
            print(f"sentence {sl(sspan)[:600]!r}")
            print(f"before {sl([max(0, sspan[0] - 240), sspan[0]])!r}")
            print()
    print(f"{seen} claims, {shown} shown", file=sys.stderr)


if __name__ == "__main__":
    main()
