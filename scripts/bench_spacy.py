"""Side-by-side benchmark helper for scripts/bench-spacy.sh.

Subcommands (all print one JSON object on stdout unless said otherwise):
  extract INPUT N OUTDIR   first N records of a .jsonl/.jsonl.zst corpus ->
                           OUTDIR/articles.jsonl (records as they are) and
                           OUTDIR/articles.txt (the text Chronicle analyses:
                           title + blank line + body, articles separated by a
                           blank line)
  spacy MODEL JSONL BATCH  time nlp.pipe (tok2vec, tagger, parser, ner) over
                           the same texts, one process
  wc TXT                   time `wc -w` over the plain text (the floor)
  report SPACY CHRONICLE WC  print the comparison (text)
"""

import json
import resource
import subprocess
import sys
import time


def article_text(rec):
    """The text chronicle_ingest builds from a JSON record (see crates/ingest/src/json.rs)."""
    title = rec.get("title") or rec.get("headline")
    body = rec.get("body") or rec.get("text") or rec.get("content")
    if title and body:
        return title + "\n\n" + body
    return title or body or ""


def extract(src, n, outdir):
    n = int(n)
    if src.endswith(".zst"):
        import io

        import zstandard

        raw = zstandard.ZstdDecompressor().stream_reader(open(src, "rb"))
        lines = io.TextIOWrapper(raw, encoding="utf-8")
    else:
        lines = open(src, encoding="utf-8")
    kept = 0
    chars = 0
    with open(f"{outdir}/articles.jsonl", "w", encoding="utf-8") as js, open(
        f"{outdir}/articles.txt", "w", encoding="utf-8"
    ) as txt:
        for line in lines:
            if kept >= n:
                break
            if not line.strip():
                continue
            rec = json.loads(line)
            text = article_text(rec)
            if not text.strip():
                continue
            js.write(line if line.endswith("\n") else line + "\n")
            txt.write(text + "\n\n")
            kept += 1
            chars += len(text)
    print(json.dumps({"articles": kept, "chars": chars}))


def run_spacy(model, jsonl, batch):
    import spacy

    texts = []
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            texts.append(article_text(json.loads(line)))
    t_load = time.perf_counter()
    nlp = spacy.load(model, exclude=["lemmatizer", "attribute_ruler", "senter"])
    load_s = time.perf_counter() - t_load
    nlp.max_length = 50_000_000
    n_sent = n_tok = n_ent = 0
    w0, c0 = time.perf_counter(), time.process_time()
    for doc in nlp.pipe(texts, batch_size=int(batch), n_process=1):
        n_tok += len(doc)
        n_sent += sum(1 for _ in doc.sents)
        n_ent += len(doc.ents)
    wall = time.perf_counter() - w0
    cpu = time.process_time() - c0
    print(
        json.dumps(
            {
                "spacy": spacy.__version__,
                "model": model,
                "pipes": nlp.pipe_names,
                "batch_size": int(batch),
                "articles": len(texts),
                "chars": sum(len(t) for t in texts),
                "bytes": sum(len(t.encode("utf-8")) for t in texts),
                "sentences": n_sent,
                "tokens": n_tok,
                "entities": n_ent,
                "load_seconds": load_s,
                "wall_seconds": wall,
                "cpu_seconds": cpu,
            }
        )
    )


def run_wc(txt):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    w0 = time.perf_counter()
    out = subprocess.run(["wc", "-w", txt], check=True, capture_output=True, text=True)
    wall = time.perf_counter() - w0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(json.dumps({"words": int(out.stdout.split()[0]), "wall_seconds": wall, "cpu_seconds": cpu}))


def report(spacy_path, chronicle_path, wc_path):
    s = json.load(open(spacy_path))
    c = json.load(open(chronicle_path))
    w = json.load(open(wc_path))
    n = c["articles"]
    stage = {x["stage"]: x for x in c["stages"]}
    ingest_cpu = next(v["cpu"]["seconds"] for k, v in stage.items() if k.startswith("ingest"))
    c_an = c["per_core_analysis"]["seconds"]
    c_cpu = c_an + ingest_cpu
    c_wall = c["total_wall"]["seconds"]
    print(f"articles: Chronicle {n}, spaCy {s['articles']} (same records, same text)")
    print(f"Chronicle stages: {', '.join(c['pipeline_stages'])}; 1 analysis thread")
    print(f"spaCy {s['spacy']} {s['model']} pipes {s['pipes']}, nlp.pipe batch_size={s['batch_size']}, n_process=1")
    print(f"load average at the end: {c['load_average']}")
    print()
    print(f"{'':34} {'CPU s':>8} {'wall s':>8} {'articles/s (CPU)':>17} {'sentences':>10} {'tokens':>10}")
    print(f"{'spaCy nlp.pipe':34} {s['cpu_seconds']:8.2f} {s['wall_seconds']:8.2f} {s['articles'] / s['cpu_seconds']:17.1f} {s['sentences']:10} {s['tokens']:10}")
    print(f"{'Chronicle analysis + ingest':34} {c_cpu:8.2f} {c_wall:8.2f} {n / c_cpu:17.1f} {c['counts']['sentences']:10} {c['counts']['tokens']:10}")
    print(f"{'wc -w (the floor)':34} {w['cpu_seconds']:8.3f} {w['wall_seconds']:8.3f} {n / max(w['cpu_seconds'], 1e-3):17.1f} {'':10} {w['words']:10}")
    print()
    print(f"Chronicle takes {c_cpu / max(w['cpu_seconds'], 1e-3):.1f}x the CPU time of wc -w over the same text")
    print(f"RATIO Chronicle/spaCy throughput (articles per CPU-second, one core): {s['cpu_seconds'] / c_cpu:.1f}")


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    {"extract": extract, "spacy": run_spacy, "wc": run_wc, "report": report}[cmd](*args)
