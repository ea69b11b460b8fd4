"""What every group of ``passport`` verbs shares: exit codes, errors told as sentences,
reading a secret, and opening the profile a command names."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from passport import errors
from passport.profile import Profile
from passport.store import profiles

EXIT_FAILURE = 1
EXIT_USAGE = 2

# One plain sentence per error type; the most specific type wins (checked in order).
MESSAGES: tuple[tuple[type[BaseException], str], ...] = (
    (
        errors.DiskFull,
        "There is not enough space on the disk to do that; nothing was lost or damaged. "
        "Make some space and try again.",
    ),
    (errors.ProfileBusy, "The profile is busy saving a backup; try again when it is done."),
    (
        errors.SecretNeeded,
        "This profile's key file is from an older version: open it once with its passphrase, then try again.",
    ),
    (errors.KdfParametersRefused, "The key file asks for far more work than allowed, so it was not used."),
    (errors.KeyFileDamaged, "The profile's key file is damaged or missing."),
    (errors.WrongSecret, "That passphrase or recovery code does not open it."),
    (errors.UnsupportedVersion, "This profile was made by a newer version of the app."),
    (errors.StoreDamaged, "The profile's data could not be read; it may be damaged."),
    (errors.ProfileNotFound, "There is no profile with that label."),
    (errors.ProfileExists, "A profile with that label already exists."),
    (errors.ProfileLocked, "The profile is locked."),
    (errors.AttachmentTooLarge, "That file is too large to attach."),
    (errors.NotFound, "Nothing with that id was found."),
    (errors.BackupDamaged, "That file is not a backup, or it is damaged or incomplete. Nothing was restored."),
    (errors.TooLarge, "That file is larger than allowed, so it was not opened."),
    (errors.SenderHeld, "That file is held: it is in the name of someone you know, but signed by a different card. "
                        "See passport received list."),
)


class CliError(Exception):
    """A problem with what was typed, told to the user as it is."""


def message_for(exc: BaseException) -> str:
    if isinstance(exc, CliError | errors.InvalidValue):
        return str(exc)
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "value"
        return f"The {field} is not allowed: {first['msg'].removeprefix('Value error, ')}."
    for error_type, text in MESSAGES:
        if isinstance(exc, error_type):
            return text
    return "Something went wrong; nothing was changed."


# --- secrets ---------------------------------------------------------------------------


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ", confirm: bool = False) -> str:
    if args.passphrase_file:
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"Could not read the passphrase file: {exc.strerror or 'not text'}.") from exc
        return text.rstrip("\r\n")
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise CliError("No passphrase was given.")
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise CliError("The two passphrases are not the same.")
    return first


def read_new_passphrase(args: argparse.Namespace) -> str:
    """The new passphrase: from ``--new-passphrase-file``, the next line of standard input
    (scripts), or asked for twice."""
    if args.new_passphrase_file:
        return read_passphrase(argparse.Namespace(passphrase_file=args.new_passphrase_file))
    return read_passphrase(argparse.Namespace(passphrase_file=None), "New passphrase: ", confirm=True)


def open_profile(args: argparse.Namespace) -> Profile:
    if not args.profile:
        raise CliError("Say which profile with --profile LABEL.")
    folder = profiles.find_profile(args.base, args.profile)
    if args.recovery_code:
        return Profile.open_with_recovery_code(folder, args.recovery_code)
    return Profile.open_with_passphrase(folder, read_passphrase(args))


@contextlib.contextmanager
def opened(args: argparse.Namespace) -> Iterator[Profile]:
    """The profile a command names, locked again however the command ends."""
    profile = open_profile(args)
    try:
        yield profile
    finally:
        profile.lock()


def with_secret(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--profile", metavar="LABEL", help="the profile's label")
    parser.add_argument("--passphrase-file", metavar="F", help="read the profile's passphrase from this file")
    parser.add_argument("--recovery-code", metavar="CODE", help="open with the recovery code instead")
    return parser
