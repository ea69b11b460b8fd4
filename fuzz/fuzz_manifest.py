"""Harness: the bundle manifest checks, on manifests signed with a real key.

The input is the manifest body as JSON. Where its ``sender`` is the string "me", the
harness puts in its own real card; it then signs the body with that card's key, so the
input passes the signature check and meets the schema and the rules. A body that has no
canonical form (a lone surrogate, an infinity) is sent with a made-up signature.
"""

from __future__ import annotations

import base64
import datetime as dt
import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fuzz.harness import run, typed_errors_only
from passport.crypto import age_layer
from passport.formats.bundle_format import BundleKind, canonical_bytes
from passport.formats.bundle_reader import ReadPolicy, check_policy, verify_manifest
from passport.formats.cards import make_card
from passport.models import ProfileKind

READER = "1" * 60  # the reading profile's fingerprint, as the seeds name it
_KEY = Ed25519PrivateKey.generate()
CARD = make_card(ProfileKind.YOUNG_PERSON, "Sky", "", "", age_layer.new_identity()[1],
                 _KEY.public_key().public_bytes_raw(), _KEY.sign).model_dump(mode="json")
POLICY = ReadPolicy(me=READER, now=dt.datetime(2030, 1, 1, tzinfo=dt.UTC), kinds=frozenset(BundleKind))


def envelope(body: object) -> bytes:
    if isinstance(body, dict) and body.get("sender") == "me":
        body = body | {"sender": CARD}
    try:
        value = base64.b64encode(_KEY.sign(canonical_bytes(body))).decode()  # type: ignore[arg-type]
    except (ValueError, RecursionError, TypeError):
        value = "A" * 86 + "=="
    return json.dumps({"manifest": body, "signature": {"algorithm": "ed25519", "value": value}}).encode()


def check(data: bytes) -> None:
    try:
        body = json.loads(data)
    except (ValueError, RecursionError):
        with typed_errors_only():
            verify_manifest(data)
        return
    try:
        signed = envelope(body)
    except (ValueError, RecursionError):
        return  # json.dumps cannot write it back (too deep): nothing a sender could send
    with typed_errors_only():
        check_policy(verify_manifest(signed), POLICY, passphrase_mode=False)


if __name__ == "__main__":
    run(check)
