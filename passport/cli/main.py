"""The ``passport`` command line: scripting and support, driving the same core as the app.

Every failure prints one plain line on stderr and exits non-zero; no traceback.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import ValidationError

from passport import errors
from passport.cli import boundaries as cli_boundaries
from passport.cli import sections as cli_sections
from passport.cli import sharing as cli_sharing
from passport.cli import trusted as cli_trusted
from passport.cli.common import (
    EXIT_FAILURE,
    CliError,
    message_for,
    opened,
    read_new_passphrase,
    read_passphrase,
    recovery_code_given,
    shown,
    with_secret,
)
from passport.crypto.recovery_code import format_code
from passport.models import Entry, EntryContent, ProfileKind
from passport.profile import Profile
from passport.store import profiles

# --- commands ----------------------------------------------------------------------------


def cmd_profile_create(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args, "Choose a passphrase: ", confirm=True)
    profile, code = Profile.create(args.base, ProfileKind(args.kind), args.label, passphrase)
    profile.lock()
    print(f"Made the profile '{shown(profile.label)}'.")
    print("Your recovery code (shown only now; write it down and keep it safe):")
    print(format_code(code))
    return 0


def cmd_profile_passphrase(args: argparse.Namespace) -> int:
    """A new passphrase; the profile's data is re-encrypted under a new key on the way."""
    if not args.profile:
        raise CliError("Say which profile with --profile LABEL.")
    folder = profiles.find_profile(args.base, args.profile)
    if args.recovery_code:
        profile = Profile.open_with_recovery_code(folder, args.recovery_code)
        current = None
    else:
        current = read_passphrase(args, "Current passphrase: ")
        profile = Profile.open_with_passphrase(folder, current)
    try:
        new = read_new_passphrase(args)
        if current is None:
            profile.reset_passphrase(new)
        else:
            profile.change_passphrase(current, new)
    finally:
        profile.lock()
    print(f"Changed the passphrase of '{folder.label}'. Its data now has a new key: "
          "old copies of its key file no longer open it.")
    return 0


def cmd_profile_list(args: argparse.Namespace) -> int:
    for folder in profiles.list_profiles(args.base):
        print(shown(folder.label))
    return 0


def _section_id(profile: Profile, wanted: str | None) -> int:
    sections = profile.sections(include_hidden=True)
    if not sections:
        raise CliError("This profile has no sections to write in.")
    if wanted is None:
        return sections[0].id
    return cli_sections.find_section(profile, wanted)


def cmd_entry_add(args: argparse.Namespace) -> int:
    with opened(args) as profile:
        content = EntryContent(
            section_id=_section_id(profile, args.section),
            title=args.title,
            body=args.body,
            important_now=args.important,
        )
        change = profile.add_entry(content)
    assert change.entry is not None
    print(change.entry.id)
    return 0


def _line(entry: Entry) -> str:
    star = "*" if entry.important_now else " "
    return f"{entry.id}  {star} {shown(entry.title)}"


def cmd_entry_list(args: argparse.Namespace) -> int:
    with opened(args) as profile:
        for entry in profile.entries():
            print(_line(entry))
    return 0


def cmd_entry_show(args: argparse.Namespace) -> int:
    with opened(args) as profile:
        entry = profile.entry(args.id)
        section = profile.section(entry.section_id)
        attached = profile.attachments(entry.id)
    print(shown(entry.title))
    print(f"Section: {shown(section.title)}")
    if entry.important_now:
        print("Important now: yes")
    for label, value in (("Review by", entry.review_by), ("When it happened", entry.happened_on)):
        if value:
            print(f"{label}: {value.isoformat()}")
    print(f"Last changed: {entry.updated_at:%Y-%m-%d %H:%M} (revision {entry.revision})")
    for attachment in attached:
        print(f"Attachment: {shown(attachment.name)} ({attachment.kind.value}, {attachment.size} bytes)")
    print()
    print(shown(entry.body, lines=True))
    return 0


def cmd_entry_search(args: argparse.Namespace) -> int:
    with opened(args) as profile:
        hits = profile.search(args.text)
    for hit in hits:
        print(_line(hit.entry))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with opened(args) as profile:
        problems = profile.check()
    if problems:
        for problem in problems:
            print(shown(problem), file=sys.stderr)
        print("The profile failed its integrity check.", file=sys.stderr)
        return EXIT_FAILURE
    print("The profile passed its integrity check.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with opened(args) as profile:
        profile.save_backup(Path(args.out))
    print(f"Saved a backup to {shown(args.out)}. Your recovery code opens it.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    code = recovery_code_given(args)
    if code is None:
        code = getpass.getpass("Recovery code: ")
    passphrase = read_passphrase(args, "Choose a new passphrase: ", confirm=True)
    profile, fresh_code = Profile.restore_backup(args.base, Path(args.file), code, passphrase)
    kept, behind = bool(profile.trusted.given().pieces), bool(profile.trusted.pieces_left_behind())
    profile.lock()
    print(f"Restored '{shown(profile.label)}'.")
    print("Its new recovery code (the old one still opens the backup, not this copy; write this down):")
    print(format_code(fresh_code))
    if kept:
        print("The pieces your trusted people hold still open it.")
    elif behind:
        print("The pieces your trusted people hold don't open this copy: make new ones (passport trusted give).")
    return 0


# --- parser -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="passport", description="Say It Once, from the command line.")
    parser.add_argument("--data-dir", type=Path, metavar="D", help="where profiles are kept")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    profile = commands.add_parser("profile", help="make and list profiles")
    profile_commands = profile.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = profile_commands.add_parser("create", help="make a new profile; prints its recovery code once")
    create.add_argument("--kind", choices=[k.value for k in ProfileKind], required=True)
    create.add_argument("--label", required=True)
    create.add_argument("--passphrase-file", metavar="F")
    create.set_defaults(run=cmd_profile_create)
    profile_commands.add_parser("list", help="list profiles by label").set_defaults(run=cmd_profile_list)
    change = with_secret(profile_commands.add_parser(
        "passphrase", help="change the passphrase (with the current one, or the recovery code)"))
    change.add_argument("--new-passphrase-file", metavar="F", help="read the new passphrase from this file")
    change.set_defaults(run=cmd_profile_passphrase)

    entry = commands.add_parser("entry", help="write, list, show and search entries")
    entry_commands = entry.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = with_secret(entry_commands.add_parser("add", help="add an entry; prints its id"))
    add.add_argument("--title", required=True)
    add.add_argument("--body", default="")
    add.add_argument("--section", help="section title or key (default: the first)")
    add.add_argument("--important", action="store_true", help="mark it important now")
    add.set_defaults(run=cmd_entry_add)
    with_secret(entry_commands.add_parser("list", help="list entries")).set_defaults(run=cmd_entry_list)
    show = with_secret(entry_commands.add_parser("show", help="show one entry"))
    show.add_argument("id")
    show.set_defaults(run=cmd_entry_show)
    find = with_secret(entry_commands.add_parser("search", help="search titles and bodies"))
    find.add_argument("text")
    find.set_defaults(run=cmd_entry_search)

    cli_sharing.register(commands)
    cli_sections.register(commands)
    cli_trusted.register(commands)
    cli_boundaries.register(commands)
    with_secret(commands.add_parser("check", help="check the profile's integrity")).set_defaults(run=cmd_check)

    backup = with_secret(commands.add_parser("backup", help="save a backup that the recovery code opens"))
    backup.add_argument("--out", required=True, metavar="F")
    backup.set_defaults(run=cmd_backup)
    restore = commands.add_parser("restore", help="restore a backup as a new profile")
    restore.add_argument("file")
    restore.add_argument("--recovery-code", metavar="CODE", help="the recovery code (else asked for)")
    restore.add_argument("--passphrase-file", metavar="F", help="read the new passphrase from this file")
    restore.set_defaults(run=cmd_restore)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.base = profiles.data_dir(args.data_dir)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        profiles.clean_leftovers(args.base)  # what a killed backup, restore or key change left
        return run(args)
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return EXIT_FAILURE
    except (errors.PassportError, CliError, ValidationError) as exc:
        print(shown(message_for(exc)), file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        print(shown(f"Could not read or write a file: {exc.strerror or exc}."), file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
