"""Crisis detector speed: messages assessed per second on the labeled corpus (one core)."""

from __future__ import annotations

import time
from pathlib import Path

from escalation.detector import assess

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "escalation" / "corpus.tsv"


def main() -> None:
    texts = [
        line.split("\t")[2]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assess("warm up the lexicon and caches")
    rounds = 5
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            assess(text)
    elapsed = time.perf_counter() - started
    count = rounds * len(texts)
    print(
        f"detector: {count} messages in {elapsed:.2f}s = {count / elapsed:.0f} messages/s "
        f"({elapsed / count * 1000:.2f} ms each)"
    )


if __name__ == "__main__":
    main()
