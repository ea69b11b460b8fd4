"""Write the JSON Schemas of the file formats from their pydantic models.

    python tools/make_schemas.py          # rewrite docs/schemas/*.json
    python tools/make_schemas.py --check  # exit 1 if a committed schema is out of date

The models are the one definition; these files are for people and other programs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from passport.formats.bundle_format import SignedManifest
from passport.formats.cards import Card
from passport.formats.piece_format import SignedPiece
from passport.formats.reply_format import Reply

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "docs" / "schemas"
SCHEMAS: dict[str, type[BaseModel]] = {
    "card.schema.json": Card,
    "bundle-manifest.schema.json": SignedManifest,
    "reply.schema.json": Reply,  # also inside the manifest schema; on its own for its own version
    "piece.schema.json": SignedPiece,
}


def rendered() -> dict[str, str]:
    return {
        name: json.dumps(model.model_json_schema(mode="validation"), indent=2, sort_keys=True) + "\n"
        for name, model in SCHEMAS.items()
    }


def stale() -> list[str]:
    return [
        name for name, text in rendered().items()
        if not (SCHEMA_DIR / name).exists() or (SCHEMA_DIR / name).read_text(encoding="utf-8") != text
    ]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        out_of_date = stale()
        for name in out_of_date:
            print(f"{name} differs from the models; run tools/make_schemas.py", file=sys.stderr)
        return 1 if out_of_date else 0
    SCHEMA_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in rendered().items():
        (SCHEMA_DIR / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
