"""The reply commands of the ``passport`` command line: a practitioner answers a share
(``passport received reply ID --message M --note ENTRY_ID=TEXT --out F``) and the young person
opens the reply (``passport reply open F``) or lists what came back (``passport reply list``).

Added by ``passport.cli.sharing.register``; failures are one plain line, like every command.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from passport.cli import common as cli
from passport.errors import NotFound
from passport.exchange.replies import ShareReply
from passport.formats.reply_format import REPLY_SUFFIX
from passport.models import ProfileKind
from passport.profile import Profile

shown = cli.shown


def _notes(given: list[str]) -> dict[str, str]:
    notes: dict[str, str] = {}
    for item in given:
        entry_id, sep, text = item.partition("=")
        if not sep or not entry_id.strip():
            raise cli.CliError("Give each note as --note ENTRY_ID=TEXT.")
        if entry_id.strip() in notes:
            raise cli.CliError("Give one note for each entry.")
        notes[entry_id.strip()] = text
    return notes


def cmd_received_reply(args: argparse.Namespace) -> int:
    message = cli.read_text_file(args.message_file, "message") if args.message_file else args.message
    out = Path(args.out)
    if out.suffix != REPLY_SUFFIX:
        out = out.with_name(out.name + REPLY_SUFFIX)
    notes = _notes(args.note or [])
    with cli.opened(args) as profile:
        if profile.kind is not ProfileKind.PRACTITIONER:
            raise cli.CliError("Only a practitioner's profile replies to shared files.")
        draft = profile.received.make_reply(args.id, message or "", notes, out).subject
    count = len(draft.notes)
    print(f"Saved a reply for {shown(draft.to.display_name)}: {shown(str(out))}. It carries your message and "
          f"{count} note{'s' if count != 1 else ''}; only their app can open it.")
    return 0


def _print_reply(profile: Profile, name: str, reply: ShareReply) -> None:
    print(f"{shown(name)} replied on {reply.replied_at.astimezone():%Y-%m-%d} about the share {reply.share_id}.")
    if reply.message:
        print(shown(reply.message, lines=True))
    for note in reply.notes:
        try:
            about = f"‘{shown(profile.entry(note.entry_id).title)}’"
        except NotFound:
            continue  # erased since
        print(f"What they'll do about {about}: {shown(note.what_i_will_do, lines=True)}")


def cmd_reply_open(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        opened = profile.sharing.open_reply(Path(args.file)).subject
        if opened.already_had:
            print("You already had this reply; nothing changed.")
        _print_reply(profile, opened.share.recipient_name, opened.reply)
    return 0


def cmd_reply_list(args: argparse.Namespace) -> int:
    with cli.opened(args) as profile:
        names = {share.id: share.recipient_name for share in profile.sharing.share_history()}
        for number, reply in enumerate(profile.sharing.replies()):
            if number:
                print()
            _print_reply(profile, names.get(reply.share_id, reply.sender_name), reply)
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             received_actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reply = cli.with_secret(received_actions.add_parser(
        "reply", help="answer a shared file with a message and what you'll do (practitioner)"))
    reply.add_argument("id", help="the shared file's id (see: passport received list)")
    reply.add_argument("--message", default="", metavar="M")
    reply.add_argument("--message-file", metavar="F", help="read the message from this file")
    reply.add_argument("--note", action="append", metavar="ENTRY_ID=TEXT",
                       help="what you'll do about one entry; repeat for each")
    reply.add_argument("--out", required=True, metavar="F")
    reply.set_defaults(run=cmd_received_reply)

    replies = commands.add_parser("reply", help="replies to what you shared (young person)")
    actions = replies.add_subparsers(dest="action", required=True, metavar="ACTION")
    opening = cli.with_secret(actions.add_parser("open", help="open a reply and keep it beside its share"))
    opening.add_argument("file")
    opening.set_defaults(run=cmd_reply_open)
    cli.with_secret(actions.add_parser("list", help="the replies you have, newest first")).set_defaults(
        run=cmd_reply_list)
