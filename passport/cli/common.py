"""What every group of ``passport`` verbs shares: exit codes, errors told as sentences,
reading a secret, opening the profile a command names, and showing outside text safely."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from passport import errors
from passport.fileio import open_outside_file
from passport.profile import Profile
from passport.sentences import sentence_for
from passport.store import profiles

EXIT_FAILURE = 1
EXIT_USAGE = 2

# The command line says the one table's sentence (passport.sentences), and may add a hint
# of its own: what to type next.
HINTS: tuple[tuple[type[BaseException], str], ...] = (
    (errors.BundleNeedsPassphrase, "Give it with --bundle-passphrase-file F."),
    (errors.SenderHeld, "See: passport received list."),
    (errors.RecoveryCodeNeeded, "Use --recovery-code."),
)


class CliError(Exception):
    """A problem with what was typed, told to the user as it is."""


def message_for(exc: BaseException) -> str:
    if isinstance(exc, CliError | errors.InvalidValue):
        return str(exc)  # what was typed broke a rule: the rule says which
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "value"
        return f"The {field} is not allowed: {first['msg'].removeprefix('Value error, ')}."
    sentence = sentence_for(exc)
    hint = next((text for error_type, text in HINTS if isinstance(exc, error_type)), None)
    return f"{sentence} {hint}" if hint else sentence


# --- showing text from outside -----------------------------------------------------------

# Text that others wrote (a sender's name, a shared title, body, purpose or attachment name)
# or that was typed reaches a terminal. Raw, an escape sequence could clear the screen or
# move the cursor to forge a "From:" line, and a bidi override could reorder what is shown.
# Every C0 and C1 control and DEL (a body keeps its line breaks) and every bidi control is
# shown escaped, as Python would write it: "\x1b", "\u202e".
_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_LINE_SEPARATORS = "\u2028\u2029"
_ESCAPED: dict[int, str] = {
    **{code: f"\\x{code:02x}" for code in [*range(0x20), *range(0x7F, 0xA0)]},
    **{ord(ch): f"\\u{ord(ch):04x}" for ch in _BIDI_CONTROLS + _LINE_SEPARATORS},
}
_ESCAPED_KEEPING_LINES = {code: text for code, text in _ESCAPED.items() if code != ord("\n")}


def shown(text: object, *, lines: bool = False) -> str:
    """``text`` made safe to print: controls and bidi controls visibly escaped. With
    ``lines`` (a body), line breaks stay line breaks."""
    return str(text).translate(_ESCAPED_KEEPING_LINES if lines else _ESCAPED)


# --- secrets ---------------------------------------------------------------------------


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ", confirm: bool = False) -> str:
    if args.passphrase_file:
        return read_text_file(args.passphrase_file, "passphrase")
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise CliError("No passphrase was given.")
        return line.removeprefix("\ufeff").rstrip("\r\n")
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


def read_text_file(path: str, what: str) -> str:
    """The text of a small file the user points at (a passphrase), without a UTF-8
    byte-order mark (Notepad writes one) or the line break at its end."""
    try:
        with open_outside_file(Path(path)) as f:
            text = f.read(64 * 1024).decode("utf-8")
    except errors.NotARegularFile as exc:
        raise CliError(f"The {what} file is not a regular file (a folder, a pipe or a device).") from exc
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not text"
        raise CliError(f"Could not read the {what} file: {reason}.") from exc
    return text.removeprefix("\ufeff").rstrip("\r\n")


def recovery_code_given(args: argparse.Namespace) -> str | None:
    """The --recovery-code typed, or None if the option was not used; an empty one is
    refused rather than quietly falling back to asking for the passphrase."""
    code = getattr(args, "recovery_code", None)
    if code is not None and not code.strip():
        raise CliError("The recovery code after --recovery-code is empty: type the code, or leave the option out.")
    return code


def open_profile(args: argparse.Namespace) -> Profile:
    if not args.profile:
        raise CliError("Say which profile with --profile LABEL.")
    folder = profiles.find_profile(args.base, args.profile)
    code = recovery_code_given(args)
    if code is not None:
        return Profile.open_with_recovery_code(folder, code)
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
