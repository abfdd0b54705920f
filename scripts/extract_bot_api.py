"""Regenerate bot/standin/bot_api.json from the machine-readable Bot API spec.

Run by hand when the Bot API changes:
    python scripts/extract_bot_api.py path/to/telegram-bot-api/api.json

It keeps what the stand-in checks (method and type names, field types, required flags and the
length limits written in the descriptions) and drops the prose. The project never reads the
source file at run or test time; the output is committed with the source's MIT notice.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

LIMIT = re.compile(r"(\d+)-(\d+) (characters|bytes)")
OUTPUT = Path(__file__).resolve().parent.parent / "bot" / "standin" / "bot_api.json"


def compact_field(field: dict) -> dict:
    entry = {"name": field["name"], "types": field["types"], "required": field["required"]}
    description = field.get("description", "")
    match = LIMIT.search(description)
    if match:
        entry["limit"] = {
            "min": int(match.group(1)),
            "max": int(match.group(2)),
            "unit": match.group(3),
            "after_entities": "after entit" in description,
        }
    return entry


def main(source: str) -> None:
    spec = json.loads(Path(source).read_text(encoding="utf-8"))
    compact = {
        "version": spec["version"],
        "source": "PaulSonOfLars/telegram-bot-api-spec (MIT), see LICENSE-bot-api-spec",
        "methods": {
            name: [compact_field(f) for f in method.get("fields", [])]
            for name, method in spec["methods"].items()
        },
        "types": {
            name: {
                "fields": [compact_field(f) for f in type_.get("fields", [])],
                "subtypes": type_.get("subtypes", []),
            }
            for name, type_ in spec["types"].items()
        },
    }
    OUTPUT.write_text(json.dumps(compact, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/extract_bot_api.py path/to/api.json")
    main(sys.argv[1])
