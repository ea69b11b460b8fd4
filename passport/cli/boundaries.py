"""``passport boundaries ...``: "Call me…", "Please don't ask me about…" and "How to talk
with me", shown and set as the app's Home does; and how a shared file's are printed."""

from __future__ import annotations

import argparse

from passport.cli import common as cli
from passport.formats.boundaries import Boundaries

shown = cli.shown


def boundaries_lines(boundaries: Boundaries) -> list[str]:
    """Each heading that has words, with them (controls escaped, as all shown text)."""
    lines: list[str] = []
    for heading, text in (("Call me", boundaries.call_me), ("Please don't ask me about", boundaries.please_dont_ask),
                          ("How to talk with me", boundaries.how_to_talk)):
        if text.strip():
            lines.append(f"{heading}: {shown(text, lines=True)}")
    return lines


def cmd_show(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        boundaries = profile.boundaries()
    lines = boundaries_lines(boundaries)
    print("\n".join(lines) if lines else "Nothing written yet.")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        now = profile.boundaries()
        profile.set_boundaries(
            now.call_me if args.call_me is None else args.call_me,
            now.please_dont_ask if args.dont_ask is None else args.dont_ask,
            now.how_to_talk if args.how_to_talk is None else args.how_to_talk,
        )
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    boundaries = commands.add_parser("boundaries", help="what people should read first about talking with you")
    verbs = boundaries.add_subparsers(dest="verb", required=True, metavar="VERB")
    cli.with_secret(verbs.add_parser("show", help="show them")).set_defaults(run=cmd_show)
    change = cli.with_secret(verbs.add_parser(
        "set", help="write them (only those given change; empty clears one); shared only by share --boundaries"))
    change.add_argument("--call-me", metavar="NAME", help="Call me…")
    change.add_argument("--dont-ask", metavar="TEXT", help="Please don't ask me about…")
    change.add_argument("--how-to-talk", metavar="TEXT", help="How to talk with me")
    change.set_defaults(run=cmd_set)
