"""The committed JSON Schemas of the file formats match the pydantic models."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from passport.formats.bundle_format import SignedManifest
from passport.formats.cards import Card
from passport.formats.reply_format import Reply

TOOL = Path(__file__).resolve().parents[3] / "tools" / "make_schemas.py"


def _tool():
    spec = importlib.util.spec_from_file_location("make_schemas", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_schemas_match_the_models() -> None:
    assert _tool().stale() == [], "run: python tools/make_schemas.py"


def test_schemas_describe_the_files() -> None:
    tool = _tool()
    card = json.loads((tool.SCHEMA_DIR / "card.schema.json").read_text())
    manifest = json.loads((tool.SCHEMA_DIR / "bundle-manifest.schema.json").read_text())
    assert card["additionalProperties"] is False and "fingerprint" in card["required"]
    assert set(manifest["required"]) == {"manifest", "signature"}
    assert tool.SCHEMAS["card.schema.json"] is Card
    assert tool.SCHEMAS["bundle-manifest.schema.json"] is SignedManifest
    reply = json.loads((tool.SCHEMA_DIR / "reply.schema.json").read_text())
    assert tool.SCHEMAS["reply.schema.json"] is Reply
    assert reply["additionalProperties"] is False and "share" in reply["required"]
    assert reply["properties"]["version"]["const"] == 1
    assert "reply" in manifest["$defs"]["Manifest"]["properties"]
