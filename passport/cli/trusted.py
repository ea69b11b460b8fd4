"""The trusted-people commands of the ``passport`` command line (issue 18).

    passport trusted give --to A --to B --to C --out DIR   the young person: three pieces, one file each
    passport trusted list                                 who holds the pieces in force
    passport trusted import FILE                          a holder keeps a piece given to them
    passport trusted held                                 the pieces this profile keeps for others
    passport trusted show NAME                            the words of one, to read out to its owner
    passport unlock-with-pieces --profile LABEL           two pieces, then a new passphrase

``passport.cli.main`` adds them with ``cli_trusted.register(commands)``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from passport import errors
from passport.cli import common as cli
from passport.crypto import pieces
from passport.crypto.recovery_code import format_code
from passport.exchange.trusted import HeldPiece
from passport.formats.cards import format_fingerprint
from passport.profile import Profile
from passport.sentences import sentence_for
from passport.store import profiles

shown = cli.shown


def cmd_trusted_give(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.is_dir():
        raise cli.CliError(f"The folder {shown(args.out)} does not exist.")
    with cli.opened(args) as profile:
        ids = [profile.people.find(name).id for name in args.to]
        given = profile.trusted.give_pieces(ids, out).subject
    print("Made three pieces; any two of them let you back in. Give each person their own file:")
    for piece, path in zip(given.pieces, given.files, strict=True):
        print(f"  piece {piece.number} for {shown(piece.display_name)}: {shown(path)}")
    print("Pieces you gave before no longer open anything.")
    return 0


def cmd_trusted_list(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        given = profile.trusted.given()
    if not given.pieces:
        print("No trusted people yet: passport trusted give --to A --to B --to C --out DIR")
        return 0
    for piece in given.pieces:
        print(f"piece {piece.number}: {shown(piece.display_name)} (given {piece.given_at:%Y-%m-%d})")
    return 0


def cmd_trusted_import(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        try:
            held = profile.trusted.import_piece(Path(args.file)).subject
        except (errors.BundleNotForYou, errors.BundleReplaced) as exc:
            raise cli.CliError(sentence_for(exc, "piece")) from exc
    print(f"Kept piece {held.number} of {shown(held.owner.display_name)}'s three, "
          f"from the card with numbers {format_fingerprint(held.owner.fingerprint)}.")
    print(f"Show it only when {shown(held.owner.display_name)} asks: passport trusted show NAME")
    return 0


def cmd_trusted_held(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        held = profile.trusted.held_pieces()
    if not held:
        print("You keep no pieces for anyone.")
    for piece in held:
        print(f"{shown(piece.owner.display_name)}: piece {piece.number} of 3, made {piece.created:%Y-%m-%d}")
        print(f"    {format_fingerprint(piece.owner.fingerprint)}")
    return 0


def _held_for(held: list[HeldPiece], wanted: str) -> HeldPiece:
    name = " ".join(wanted.split()).casefold()
    digits = "".join(wanted.split())
    matches = [piece for piece in held if piece.owner.display_name.casefold() == name
               or (len(digits) >= 10 and digits.isdigit() and piece.owner.fingerprint.startswith(digits))]
    if not matches:
        raise cli.CliError(f"You keep no piece for {shown(wanted)}: see passport trusted held.")
    if len(matches) > 1:
        raise cli.CliError("You keep pieces of more than one person of that name: give their card's numbers.")
    return matches[0]


def cmd_trusted_show(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        piece = _held_for(profile.trusted.held_pieces(), args.owner)
        words = profile.trusted.held_piece_words(piece.id)
    owner = shown(piece.owner.display_name)
    print(f"{owner}'s piece, {piece.number} of 3 (card numbers {format_fingerprint(piece.owner.fingerprint)}).")
    print(f"Read it only to {owner}, once you are sure it is them.")
    split = words.split()
    for start in range(0, len(split), 5):
        print("  " + "  ".join(f"{start + i + 1:2}. {word}" for i, word in enumerate(split[start:start + 5])))
    return 0


def _typed_pieces(args: argparse.Namespace) -> list[str]:
    """Pieces from ``--pieces-file`` (one a line), standard input (scripts), or asked for."""
    if args.pieces_file:
        return [line for line in cli.read_text_file(args.pieces_file, "pieces").splitlines() if line.strip()]
    if not sys.stdin.isatty():
        return [sys.stdin.readline().rstrip("\r\n") for _ in range(pieces.NEEDED)]
    return [getpass.getpass(f"Words of piece {n} (from the person who keeps it): ") for n in (1, 2)]


def cmd_unlock_with_pieces(args: argparse.Namespace) -> int:
    if not args.profile:
        raise cli.CliError("Say which profile with --profile LABEL.")
    folder = profiles.find_profile(args.base, args.profile)
    profile = Profile.open_with_pieces(folder, _typed_pieces(args))
    try:
        code = profile.reset_passphrase(cli.read_new_passphrase(args))
    finally:
        profile.lock()
    print(f"You are back in '{shown(folder.label)}' with your new passphrase. Its data now has a new key.")
    print("Your new recovery code (the old one no longer opens it; write this down):")
    print(format_code(code))
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the trusted-people commands to the ``passport`` command line."""
    trusted = commands.add_parser("trusted", help="trusted people: any two of three let you back in")
    actions = trusted.add_subparsers(dest="action", required=True, metavar="ACTION")
    give = cli.with_secret(actions.add_parser(
        "give", aliases=["set"], help="give three people a piece each (pieces given before then open nothing)"))
    give.add_argument("--to", required=True, action="append", metavar="NAME", help="three times, one person each")
    give.add_argument("--out", required=True, metavar="DIR", help="the folder for the three files")
    give.set_defaults(run=cmd_trusted_give)
    cli.with_secret(actions.add_parser("list", help="who holds your pieces")).set_defaults(run=cmd_trusted_list)
    keep = cli.with_secret(actions.add_parser("import", help="keep a piece someone gave you"))
    keep.add_argument("file")
    keep.set_defaults(run=cmd_trusted_import)
    cli.with_secret(actions.add_parser("held", help="the pieces you keep for others")).set_defaults(
        run=cmd_trusted_held)
    show = cli.with_secret(actions.add_parser("show", help="the words of a piece you keep, to read out"))
    show.add_argument("owner", metavar="NAME", help="whose piece: their name, or their card's numbers")
    show.set_defaults(run=cmd_trusted_show)

    unlock = commands.add_parser("unlock-with-pieces",
                                 help="get back in with two trusted people's pieces, and choose a new passphrase")
    unlock.add_argument("--profile", metavar="LABEL", help="the profile's label")
    unlock.add_argument("--pieces-file", metavar="F", help="read the pieces from this file, one a line")
    unlock.add_argument("--new-passphrase-file", metavar="F", help="read the new passphrase from this file")
    unlock.set_defaults(run=cmd_unlock_with_pieces)
