"""``passport received fhir ID --out F``: a share as a FHIR R4 document for the practitioner's
records, only where the young person allowed it (``passport share … --records``).

Refused with its own message and a non-zero exit where the share is read only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from passport import errors
from passport.cli import common as cli
from passport.models import ProfileKind

READ_ONLY = ("Not written: the person who shared this kept it read only, so it can't be copied into "
             "records. If it should be, ask them to share it again and allow that (passport share ... --records).")


def cmd_received_fhir(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        if profile.kind is not ProfileKind.PRACTITIONER:
            raise cli.CliError("Only a practitioner's profile opens shared files.")
        profile.received.purge_expired()
        try:
            export = profile.received.export_for_records(args.id, Path(args.out))
        except errors.RecordsNotAllowed as exc:
            raise cli.CliError(READ_ONLY) from exc
    plural = "y" if export.entries == 1 else "ies"
    print(f"Saved a FHIR R4 document for the record ({export.entries} entr{plural}, "
          f"{export.attachments} attachment{'s' if export.attachments != 1 else ''}): {cli.shown(args.out)}. "
          "It stays in your records after the share ends or is withdrawn, as the person who shared it agreed.")
    return 0


def register(received_actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``fhir`` to ``passport received``."""
    fhir = cli.with_secret(received_actions.add_parser(
        "fhir", help="save a shared file as a FHIR R4 document for your records, where the sender allowed it"))
    fhir.add_argument("id")
    fhir.add_argument("--out", required=True, metavar="F")
    fhir.set_defaults(run=cmd_received_fhir)
