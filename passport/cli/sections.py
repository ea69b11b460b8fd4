"""``passport section ...``: the owner's sections, listed, added, renamed, hidden and moved,
as the app's Settings does."""

from __future__ import annotations

import argparse

from passport.cli import common as cli
from passport.profile import Profile

shown = cli.shown


def find_section(profile: Profile, wanted: str) -> int:
    """A section by its title, starter key or id (as ``passport entry add --section``)."""
    sections = profile.sections(include_hidden=True)
    for section in sections:
        if wanted.casefold() in (section.title.casefold(), (section.key or "").casefold(), str(section.id)):
            return section.id
    names = ", ".join(s.title for s in sections)
    raise cli.CliError(f"No section called '{wanted}'. Sections: {names}.")


def cmd_list(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        counts = profile.entry_counts()
        for section in profile.sections(include_hidden=True):
            hidden = "  (hidden)" if section.hidden else ""
            print(f"{section.id}  {shown(section.title)}  {counts.get(section.id, 0)} entries{hidden}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        section = profile.add_section(args.title, args.prompt or "").section
    assert section is not None  # add_section always says which
    print(section.id)
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        profile.rename_section(find_section(profile, args.section), args.title)
    return 0


def cmd_hide(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        profile.set_section_hidden(find_section(profile, args.section), not args.show)
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        profile.move_section(find_section(profile, args.section), args.position - 1)
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    section = commands.add_parser("section", help="list, add, rename, hide and move sections")
    verbs = section.add_subparsers(dest="verb", required=True, metavar="VERB")
    cli.with_secret(verbs.add_parser("list", help="the sections, in order, with how many entries each holds")
                    ).set_defaults(run=cmd_list)
    add = cli.with_secret(verbs.add_parser("add", help="add a section of your own; prints its id"))
    add.add_argument("title")
    add.add_argument("--prompt", help="a question to help you write in it")
    add.set_defaults(run=cmd_add)
    rename = cli.with_secret(verbs.add_parser("rename", help="give a section another name"))
    rename.add_argument("section", help="its name, starter key or id")
    rename.add_argument("title")
    rename.set_defaults(run=cmd_rename)
    hide = cli.with_secret(verbs.add_parser("hide", help="hide a section from Home (its entries are kept)"))
    hide.add_argument("section")
    hide.add_argument("--show", action="store_true", help="show it again")
    hide.set_defaults(run=cmd_hide)
    move = cli.with_secret(verbs.add_parser("move", help="put a section at another place in the order"))
    move.add_argument("section")
    move.add_argument("position", type=int, help="1 for the top")
    move.set_defaults(run=cmd_move)

